-module(fib).
-export([main/0]).

naive(0) -> 0;
naive(1) -> 1;
naive(N) -> naive(N - 1) + naive(N - 2).

fast(N) -> fast(N, 0, 1).
fast(0, A, _) -> A;
fast(N, A, B) -> fast(N - 1, B, A + B).

%% Memoised through the process dictionary.
memo(N) when N < 2 -> N;
memo(N) ->
    case get({fib, N}) of
        undefined -> V = memo(N - 1) + memo(N - 2), put({fib, N}, V), V;
        V -> V
    end.

main() ->
    io:format("naive: ~w~n", [[naive(N) || N <- lists:seq(0, 20)]]),
    io:format("fast(90) = ~w~n", [fast(90)]),
    io:format("fast(300) = ~w~n", [fast(300)]),
    io:format("memo(200) = ~w~n", [memo(200)]),
    io:format("agree: ~w~n", [lists:all(fun(N) -> fast(N) =:= memo(N) end, lists:seq(0, 200))]).
