-module(mapreduce).
-export([main/0]).

%% Map in parallel, reduce by key, as in Programming Erlang's mapreduce.
map_reduce(MapF, ReduceF, Acc0, Inputs) ->
    Self = self(),
    Pids = [spawn(fun() -> Self ! {self(), MapF(I)} end) || I <- Inputs],
    Pairs = lists:append([receive {P, R} -> R end || P <- Pids]),
    Grouped = lists:foldl(fun({K, V}, M) -> maps:update_with(K, fun(L) -> [V | L] end, [V], M) end, #{}, Pairs),
    maps:fold(fun(K, Vs, A) -> ReduceF(K, Vs, A) end, Acc0, Grouped).

main() ->
    Docs = ["the cat sat", "the dog sat down", "a cat and a dog"],
    Counts = map_reduce(fun(D) -> [{W, 1} || W <- string:tokens(D, " ")] end,
                        fun(K, Vs, A) -> [{K, length(Vs)} | A] end, [], Docs),
    io:format("~p~n", [lists:sort(Counts)]),
    Lengths = map_reduce(fun(D) -> [{length(W), W} || W <- string:tokens(D, " ")] end,
                         fun(K, Vs, A) -> A#{K => lists:usort(Vs)} end, #{}, Docs),
    io:format("~p~n", [Lengths]).
