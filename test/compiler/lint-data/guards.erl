-module(guards).
-export([f/1, g/1, h/1]).

f(X) when length(X) > 2, is_list(X) -> ok;
f(_) -> no.

g(X) when foo(X) -> ok;
g(_) -> no.

h(X) when X =:= lists:reverse(X) -> ok.

foo(_) -> true.
