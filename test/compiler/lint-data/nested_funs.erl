-module(nested_funs).
-export([f/1]).

f(L) ->
    A = 1,
    lists:map(fun(E) -> B = E, C = 2, B end, L).
