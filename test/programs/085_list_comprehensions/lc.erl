-module(lc).
-export([main/0]).

main() ->
    io:format("~w~n", [[X * 2 || X <- lists:seq(1, 10), X rem 3 =:= 0]]),
    io:format("~w~n", [[{X, Y} || X <- [1, 2, 3], Y <- [a, b], X =/= 2]]),
    io:format("~p~n", [[Name || {person, Name, Age} <- [{person, "A", 30}, {dog, "B", 3}, {person, "C", 12}], Age > 18]]),
    io:format("~w~n", [[X || {X, _} <- [{1, a}, bad, {2, b}, {3}]]]),
    Matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]],
    io:format("~w~n", [[lists:nth(I, Row) || Row <- Matrix, I <- [1]]]),
    io:format("~w~n", [[[lists:nth(I, R) || R <- Matrix] || I <- lists:seq(1, 3)]]),
    io:format("~p~n", [[C || C <- "Hello, World!", C >= $a, C =< $z]]),
    io:format("~w~n", [<< <<B>> || <<B>> <= <<1, 2, 3, 4>>, B > 2 >>]),
    io:format("~w~n", [[B * 2 || <<B:4>> <= <<16#12, 16#34>>]]),
    io:format("~w~n", [<< <<X:16>> || X <- [1, 256, 65535] >>]),
    M = #{a => 1, b => 2, c => 3},
    io:format("~w~n", [lists:sort([{V, K} || {K, V} <- maps:to_list(M)])]),
    io:format("~w~n", [maps:from_list([{K, V * V} || {K, V} <- maps:to_list(M), V > 1])]),
    io:format("~w~n", [[X || X <- [1, 2, 3], true, X > 1]]),
    io:format("~w~n", [length([x || _ <- lists:seq(1, 5), _ <- lists:seq(1, 4)])]).
