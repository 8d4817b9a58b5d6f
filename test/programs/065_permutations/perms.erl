-module(perms).
-export([main/0]).

perms([]) -> [[]];
perms(L) -> [[H | T] || H <- L, T <- perms(L -- [H])].

powerset([]) -> [[]];
powerset([H | T]) -> P = powerset(T), [[H | S] || S <- P] ++ P.

combinations(0, _) -> [[]];
combinations(_, []) -> [];
combinations(K, [H | T]) -> [[H | C] || C <- combinations(K - 1, T)] ++ combinations(K, T).

pythag(N) ->
    [{A, B, C} || A <- lists:seq(1, N), B <- lists:seq(A, N), C <- lists:seq(B, N), A * A + B * B =:= C * C].

main() ->
    io:format("~p~n", [perms("abc")]),
    io:format("~w permutations of 6~n", [length(perms([1, 2, 3, 4, 5, 6]))]),
    io:format("~w~n", [powerset([1, 2, 3])]),
    io:format("~p~n", [combinations(2, [a, b, c, d])]),
    io:format("~w~n", [pythag(20)]).
