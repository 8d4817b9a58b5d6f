-module(tailrec).
-export([main/0]).

len([]) -> 0;
len([_ | T]) -> 1 + len(T).

tail_len(L) -> tail_len(L, 0).
tail_len([], N) -> N;
tail_len([_ | T], N) -> tail_len(T, N + 1).

duplicate(0, _) -> [];
duplicate(N, X) -> [X | duplicate(N - 1, X)].

tail_reverse(L) -> tail_reverse(L, []).
tail_reverse([], Acc) -> Acc;
tail_reverse([H | T], Acc) -> tail_reverse(T, [H | Acc]).

zip([], _) -> [];
zip(_, []) -> [];
zip([X | Xs], [Y | Ys]) -> [{X, Y} | zip(Xs, Ys)].

%% A loop that runs a million times in constant stack.
count_down(0) -> done;
count_down(N) -> count_down(N - 1).

main() ->
    L = lists:seq(1, 100000),
    io:format("~w ~w~n", [len(L), tail_len(L)]),
    io:format("~w~n", [duplicate(4, x)]),
    io:format("~w~n", [tail_reverse([1, 2, 3, 4])]),
    io:format("~w~n", [zip([a, b, c], [1, 2])]),
    io:format("~w~n", [count_down(1000000)]),
    io:format("~w~n", [lists:sum(tail_reverse(L))]).
