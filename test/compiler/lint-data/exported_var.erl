-module(exported_var).
-export([f/1]).

f(X) ->
    case X of
        1 -> Y = 1;
        _ -> Y = 2
    end,
    {ok, Y} = {ok, 3},
    Y.
