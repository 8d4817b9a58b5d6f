-module(bsorder).
-export([a/2, b/2, c/2, d/2, e/2, f/2, h/2, i/2, j/2, k/2, l/2, m/2]).
a(X, Y) -> <<X:8, Y/utf8>>.
b(X, S) -> <<X:8, 1:S>>.
c(X, B) -> <<X/float, B:4/binary>>.
d(S, Y) -> <<1.0:S/float, Y/binary>>.
e(X, S) -> <<X/float, 1:S>>.
f(X, Y) -> <<X:8, Y:2/binary>>.
g(X, Y) -> <<X:8, Y:2/binary>>.
h(B, Y) -> <<B:4/binary, Y/utf8>>.
i(X, S) -> <<X/utf8, 1:S>>.
j(B, S) -> <<B:3/binary, 1:S>>.
k(S, T) -> <<1:S, 1:T>>.
l(X, B) -> <<X:8, B/bits>>.
m(X, B) -> <<X:8, B:3/binary-unit:1>>.
