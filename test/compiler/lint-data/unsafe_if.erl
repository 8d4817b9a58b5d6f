-module(unsafe_if).
-export([f/1]).

f(X) ->
    if X > 1 -> Q = 1;
       true -> ok
    end,
    Q.
