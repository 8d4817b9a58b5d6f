-module(try_after).
-export([f/1]).

f(X) ->
    try
        Y = X + 1,
        Y
    after
        Z = 2
    end.
