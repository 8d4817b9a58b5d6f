-module(shadow).
-export([f/1, g/1]).

f(X) ->
    F = fun(X) -> X + 1 end,
    F(X).

g(L) ->
    Y = 1,
    [Y || Y <- L].
