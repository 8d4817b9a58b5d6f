-module(factorial).
-export([main/0, fac/1, tail_fac/1]).

%% The first program of most Erlang books: body and tail recursion.
fac(0) -> 1;
fac(N) when N > 0 -> N * fac(N - 1).

tail_fac(N) -> tail_fac(N, 1).
tail_fac(0, Acc) -> Acc;
tail_fac(N, Acc) when N > 0 -> tail_fac(N - 1, N * Acc).

main() ->
    [io:format("~2w! = ~w~n", [N, fac(N)]) || N <- lists:seq(0, 10)],
    io:format("25! = ~w~n", [tail_fac(25)]),
    io:format("100! has ~w digits~n", [length(integer_to_list(fac(100)))]),
    io:format("same: ~w~n", [fac(50) =:= tail_fac(50)]),
    ok.
