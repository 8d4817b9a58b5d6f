-module(arithmetic).
-export([main/0]).

%% Integer and float arithmetic: bignums, int/float mixing, div/rem signs,
%% bit operations, float printing through ~p.
main() ->
    io:format("~p~n", [[1 + 2, 7 - 10, 6 * 7, 7 / 2, 6 / 3, -7 div 2, -7 rem 2, 7 div -2, 7 rem -2, -7 div -2, -7 rem -2]]),
    io:format("~p~n", [fact(30)]),
    io:format("~p~n", [fact(30) div fact(28)]),
    io:format("~p~n", [[pow2(N) || N <- [10, 53, 54, 63, 64, 100]]]),
    io:format("~p~n", [(1 bsl 64) - 1]),
    io:format("~p~n", [-(1 bsl 64)]),
    io:format("~p~n", [{9007199254740992 + 1, 9007199254740993 * 3, 9007199254740991 + 2}]),
    io:format("~p~n", [{123456789012345678901234567890 rem 97, -123456789012345678901234567890 div 7}]),
    io:format("~p~n", [{1 bsl 3, 256 bsr 4, -16 bsr 2, -1 bsr 10, 5 band 3, 5 bor 3, 5 bxor 3, bnot 5, bnot -1}]),
    io:format("~p~n", [{(1 bsl 100) bsr 98, (1 bsl 100) band ((1 bsl 100) - 1), -(1 bsl 70) bsr 68}]),
    io:format("~p~n", [{1 + 1.0, 2 * 0.5, 3 - 1.5, 10 / 4, 1.0 * 3}]),
    io:format("~p~n", [[0.1 + 0.2, 1.0, 100.0, 1.0e10, 1.0e15, 1.0e16, 1.0e-5, 0.001, 123.456, 1/3, 2/3, -0.0, 1.0e100, 5.0e-324, 1.7976931348623157e308]]),
    io:format("~p~n", [[float(7), round(2.5), round(-2.5), trunc(-3.7), ceil(2.1), floor(-2.1), abs(-5), abs(-5.5)]]),
    io:format("~p~n", [{math:sqrt(16), math:pow(2, 10), math:pi()}]),
    io:format("~p~n", [{max(1, 2.0), min(1, 1.0), max(a, 1)}]),
    io:format("~p~n", [{1 == 1.0, 1 =:= 1.0, 1 /= 1.0, 1 =/= 1.0}]),
    io:format("~p~n", [{fact(20) * 1.0, float(1 bsl 70)}]),
    io:format("~p~n", [{trunc(1.0e20), round(1.5e19)}]),
    io:format("~p~n", [{integer_to_list(fact(25)), list_to_integer("-99999999999999999999999")}]),
    io:format("~p~n", [{-fact(22) div 1000, -fact(22) rem 1000}]),
    io:format("~p~n", [{2#1010, 16#ff, 36#zz, $a + 1}]),
    io:format("~p~n", [{1_000_000, 16#FF_FF}]),
    io:format("~p~n", [sum_squares(1000)]),
    io:format("~p~n", [{(1 bsl 64) / 2, 10000000000000000000000 / 3}]),
    io:format("~p~n", [{-5 rem 3, 5 rem -3, -(1 bsl 65) rem 3}]),
    io:format("~p~n", [{1.0e300 * 1.0e-300, 123456789.0, 0.5e-6}]),
    io:format("~w~n", [[1.0e20, 1.0e21, 1.0e22, 12345678901234567.0]]),
    ok.

fact(0) -> 1;
fact(N) -> N * fact(N - 1).

pow2(N) -> 1 bsl N.

sum_squares(N) -> lists:sum([X * X || X <- lists:seq(1, N)]).
