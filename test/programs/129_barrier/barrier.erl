-module(barrier).
-export([main/0]).

%% N workers each compute a part; a barrier waits for all before summing.
main() ->
    Parts = [lists:seq(I * 100 + 1, I * 100 + 100) || I <- lists:seq(0, 9)],
    Self = self(),
    Refs = lists:map(fun(Part) ->
                             Ref = make_ref(),
                             spawn(fun() -> Self ! {Ref, lists:sum(Part)} end),
                             Ref
                     end, Parts),
    Sums = [receive {R, S} -> S end || R <- Refs],
    io:format("partial sums: ~w~n", [Sums]),
    io:format("total: ~w (check ~w)~n", [lists:sum(Sums), lists:sum(lists:seq(1, 1000))]).
