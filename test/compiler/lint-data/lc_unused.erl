-module(lc_unused).
-export([f/1]).

f(L) ->
    [1 || X <- L].
