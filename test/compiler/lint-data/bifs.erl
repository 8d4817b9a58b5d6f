-module(bifs).
-export([f/1]).

f(L) ->
    N = length(L),
    T = element(1, {a}),
    {N, T, self(), erlang:now()}.
