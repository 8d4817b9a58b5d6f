-module(queens).
-export([main/0]).

queens(N) -> queens(N, N).

queens(0, _) -> [[]];
queens(K, N) -> [[Q | Qs] || Qs <- queens(K - 1, N), Q <- lists:seq(1, N), safe(Q, Qs, 1)].

safe(_, [], _) -> true;
safe(Q, [Q1 | Qs], D) -> Q =/= Q1 andalso abs(Q - Q1) =/= D andalso safe(Q, Qs, D + 1).

show(Solution) ->
    N = length(Solution),
    [io:format("~s~n", [[if C =:= Q -> $Q; true -> $. end || C <- lists:seq(1, N)]]) || Q <- Solution].

main() ->
    [io:format("~w queens: ~w solutions~n", [N, length(queens(N))]) || N <- lists:seq(1, 8)],
    show(hd(queens(6))),
    ok.
