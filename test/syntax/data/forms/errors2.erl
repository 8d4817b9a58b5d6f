-module(errors2).
-export([f/0]).
j() -> 1 2.
k() -> ok;
l() -> ok.
m(X) when -> ok.
-error("stop here").
-warning(careful).
-error({a, 1, "x"}).
-export(foo).
-export([f/a]).
-export([1/a]).
-import(lists, [map/2]).
-record(r, {a, b = 1, c = f()}).
-record(s, {1}).
-record(t).
-file("other.erl", 10).
p() -> ok.
-define(M(X, X), X).
-define(N(X), X
-define(O(X) X).
-define(P, 1).
-ifdef(P).
q() -> ?P.
-endif.
r(<<X:8, Y/binary>>, #{a := B}, #r{a = C}, [H | T], {D, "s" ++ E}) -> ok.
s() -> fun(A) -> A end(1).
t() -> 'unterminated atom.
