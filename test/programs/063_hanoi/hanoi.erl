-module(hanoi).
-export([main/0]).

move(0, _, _, _) -> [];
move(N, From, To, Via) ->
    move(N - 1, From, Via, To) ++ [{From, To}] ++ move(N - 1, Via, To, From).

main() ->
    Moves = move(3, left, right, middle),
    lists:foreach(fun({I, {F, T}}) -> io:format("~w: ~w -> ~w~n", [I, F, T]) end,
                  lists:zip(lists:seq(1, length(Moves)), Moves)),
    io:format("10 discs take ~w moves~n", [length(move(10, a, c, b))]).
