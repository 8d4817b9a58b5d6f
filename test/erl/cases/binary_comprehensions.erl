-module(binary_comprehensions).
-export([main/0]).

%% Binary comprehensions << ... || ... >> with list and binary generators.
main() ->
    io:format("~p~n", [<< <<X>> || X <- [1, 2, 3] >>]),
    io:format("~p~n", [<< <<(X * 2)>> || <<X>> <= <<1, 2, 3>> >>]),
    io:format("~p~n", [<< <<X:4>> || X <- [1, 2, 3, 4] >>]),
    io:format("~p~n", [<< <<X:3>> || X <- [1, 2, 3] >>]),
    io:format("~p~n", [<< <<C>> || <<C>> <= <<"Hello World">>, C =/= $o >>]),
    %% upcase
    io:format("~p~n", [<< <<(upc(C))>> || <<C>> <= <<"mixed Case 123">> >>]),
    %% bits generator
    io:format("~p~n", [[B || <<B:1>> <= <<2#10110000>>]]),
    io:format("~p~n", [<< <<B:1>> || B <- [1, 0, 1, 1] >>]),
    %% swap 16-bit endianness
    io:format("~p~n", [<< <<X:16/little>> || <<X:16/big>> <= <<1, 2, 3, 4, 5, 6>> >>]),
    %% binary elements
    io:format("~p~n", [<< <<B/binary, ",">> || B <- [<<"a">>, <<"bc">>, <<"def">>] >>]),
    %% utf8 segments
    io:format("~p~n", [<< <<C/utf8>> || C <- [$a, 955, 8364] >>]),
    io:format("~p~n", [[C || <<C/utf8>> <= <<"aλ€"/utf8>>]]),
    %% nested
    io:format("~p~n", [<< <<X, Y>> || X <- [1, 2], Y <- [10, 20] >>]),
    %% filter with pattern in binary generator: skips non-matching
    io:format("~p~n", [[X || <<0:1, X:7>> <= <<1, 200, 3, 129, 5>>]]),
    %% large
    Big = << <<(X rem 256)>> || X <- lists:seq(1, 10000) >>,
    io:format("~p~n", [{byte_size(Big), binary_part(Big, 9999, 1)}]),
    ok.

upc(C) when C >= $a, C =< $z -> C - 32;
upc(C) -> C.
