-module(unsafe_case).
-export([f/1, g/1, h/1]).

f(X) ->
    case X of
        1 -> Y = a;
        2 -> ok
    end,
    Y.

g(X) ->
    case X of
        1 -> Z = a;
        _ -> Z = b
    end,
    Z.

h(X) ->
    case X of
        1 -> W = a;
        _ -> W = b
    end,
    W = c.
