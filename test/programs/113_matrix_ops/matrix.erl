-module(matrix).
-export([main/0]).

transpose([[] | _]) -> [];
transpose(M) -> [[hd(R) || R <- M] | transpose([tl(R) || R <- M])].

multiply(A, B) ->
    Bt = transpose(B),
    [[lists:sum(lists:zipwith(fun erlang:'*'/2, Row, Col)) || Col <- Bt] || Row <- A].

identity(N) -> [[if I =:= J -> 1; true -> 0 end || J <- lists:seq(1, N)] || I <- lists:seq(1, N)].

power(M, 0) -> identity(length(M));
power(M, N) -> multiply(M, power(M, N - 1)).

print(M) -> [io:format("~s~n", [string:join([io_lib:format("~5w", [X]) || X <- Row], "")]) || Row <- M], ok.

main() ->
    A = [[1, 2], [3, 4]],
    B = [[5, 6], [7, 8]],
    print(multiply(A, B)),
    print(transpose([[1, 2, 3], [4, 5, 6]])),
    print(identity(3)),
    io:format("fib via matrix: ~w~n", [hd(tl(hd(power([[1, 1], [1, 0]], 30))))]),
    print(power([[2, 0], [0, 3]], 5)).
