-module(binary_search).
-export([find/2]).

find(Tuple, Value) -> find(Tuple, Value, 1, tuple_size(Tuple)).

find(_, _, Lo, Hi) when Lo > Hi -> not_found;
find(T, V, Lo, Hi) ->
    Mid = (Lo + Hi) div 2,
    case element(Mid, T) of
        V -> {ok, Mid - 1};
        X when X < V -> find(T, V, Mid + 1, Hi);
        _ -> find(T, V, Lo, Mid - 1)
    end.
