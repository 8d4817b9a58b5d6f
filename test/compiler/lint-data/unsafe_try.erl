-module(unsafe_try).
-export([f/1, g/1, r/0]).

f(X) ->
    try X() of
        V -> V
    catch
        _:_ -> A = 1
    end,
    A.

g(X) ->
    catch (B = X),
    B.

r() ->
    receive
        {a, M} -> ok;
        b -> ok
    end,
    M.
