-module(numbers).
-export([main/0]).

main() ->
    io:format("~p~n", [[16#ff, 8#17, 2#1010, 36#zz, $A, 1_000_000]]),
    io:format("~p~n", [[7 div 2, 7 rem 2, -7 div 2, -7 rem 2, 7 / 2]]),
    io:format("~p~n", [[round(2.5), round(-2.5), trunc(2.7), trunc(-2.7), floor(-2.5), ceil(2.1)]]),
    io:format("~p~n", [[abs(-3), max(1, 2.0), min(a, 1)]]),
    io:format("~p~n", [[1 bsl 70, (1 bsl 70) bsr 68, 5 band 3, 5 bor 3, 5 bxor 3, bnot 5]]),
    io:format("~p~n", [[integer_to_list(255, 2), integer_to_list(-255, 16), list_to_integer("zz", 36)]]),
    io:format("~p~n", [[float(3), float_to_list(1.0), float_to_list(0.1, [{decimals, 4}]), float_to_list(123.456, [{scientific, 2}])]]),
    io:format("~p~n", [[list_to_float("2.5e3"), 1.0e300 * 10, 2.0e-320]]),
    io:format("~p~n", [[math:sqrt(2), math:pi(), math:pow(2, 0.5), math:log(math:exp(1)), math:sin(0)]]),
    io:format("~p~n", [[1 == 1.0, 1 =:= 1.0, 1 < 1.5, 2 > 1.9999999999999999]]),
    io:format("~p~n", [[is_integer(1 bsl 100), 100 div 3 * 3 + 100 rem 3]]),
    io:format("~p~n", [lists:foldl(fun(X, A) -> A * X end, 1, lists:seq(1, 30))]),
    io:format("~p~n", [[0.1 + 0.2, 1 / 3, 100.0, 1.0e21, 123456789012345680.0]]).
