-module(list_comprehensions).
-export([main/0]).

%% List comprehensions: generators, filters, patterns in generators,
%% binary generators, nested comprehensions.
main() ->
    io:format("~p~n", [[X * X || X <- lists:seq(1, 10)]]),
    io:format("~p~n", [[X || X <- lists:seq(1, 20), X rem 3 =:= 0]]),
    io:format("~p~n", [[{X, Y} || X <- [1, 2, 3], Y <- [a, b]]]),
    io:format("~p~n", [[{X, Y} || X <- lists:seq(1, 4), Y <- lists:seq(X, 4), X + Y =:= 5]]),
    %% pattern in the generator skips non-matching elements
    io:format("~p~n", [[V || {ok, V} <- [{ok, 1}, error, {ok, 2}, {error, x}, {ok, 3}]]]),
    %% binary generator
    io:format("~p~n", [[B || <<B>> <= <<1, 2, 3, 4>>]]),
    io:format("~p~n", [[{R, G, Bl} || <<R:8, G:8, Bl:8>> <= <<255, 0, 0, 0, 255, 0, 1, 2>>]]),
    io:format("~p~n", [[X || <<X:4>> <= <<16#AB, 16#CD>>]]),
    %% filters that are not guards
    io:format("~p~n", [[X || X <- [1, 2, 3, 4, 5, 6], is_even(X)]]),
    %% nested comprehension
    io:format("~p~n", [[[Y || Y <- lists:seq(1, X)] || X <- lists:seq(1, 4)]]),
    %% pythagorean triples
    io:format("~p~n", [[{A, B, C} || C <- lists:seq(1, 30), B <- lists:seq(1, C), A <- lists:seq(1, B), A * A + B * B =:= C * C]]),
    %% permutations
    io:format("~p~n", [perms([a, b, c])]),
    %% quicksort
    io:format("~p~n", [qsort([3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5])]),
    %% comprehension over a string
    io:format("~p~n", [[C - 32 || C <- "hello", C >= $a, C =< $z]]),
    %% variable from outer scope in filter
    Limit = 3,
    io:format("~p~n", [[X || X <- [1, 5, 2, 7, 3], X =< Limit]]),
    %% bound variable in the generator pattern acts as a filter
    K = b,
    io:format("~p~n", [[V || {Key, V} <- [{a, 1}, {b, 2}, {c, 3}, {b, 4}], Key =:= K]]),
    io:format("~p~n", [[V || {b, V} <- [{a, 1}, {b, 2}, {c, 3}, {b, 4}]]]),
    %% empty results
    io:format("~p~n", [[X || X <- [], X > 0]]),
    io:format("~p~n", [[X || X <- [1, 2], id(false)]]),
    %% a big one
    io:format("~p~n", [length([X || X <- lists:seq(1, 100000), X rem 7 =:= 0])]),
    %% map generator (OTP 26+ only, so emulate with maps:to_list)
    io:format("~p~n", [lists:sort([{V, Kx} || {Kx, V} <- maps:to_list(#{a => 1, b => 2})])]),
    ok.

is_even(X) -> X rem 2 =:= 0.

id(X) -> X.

perms([]) -> [[]];
perms(L) -> [[H | T] || H <- L, T <- perms(L -- [H])].

qsort([]) -> [];
qsort([P | Xs]) -> qsort([X || X <- Xs, X < P]) ++ [P] ++ qsort([X || X <- Xs, X >= P]).
