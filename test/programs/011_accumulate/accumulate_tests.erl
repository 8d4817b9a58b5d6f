-module(accumulate_tests).
-include_lib("eunit/include/eunit.hrl").

empty_test() -> ?assertEqual([], accumulate:accumulate(fun(X) -> X * X end, [])).
squares_test() -> ?assertEqual([1, 4, 9], accumulate:accumulate(fun(X) -> X * X end, [1, 2, 3])).
upcase_test() ->
    ?assertEqual(["HELLO", "WORLD"], accumulate:accumulate(fun string:to_upper/1, ["hello", "world"])).
reverse_test() ->
    ?assertEqual(["eht", "kciuq", "nworb"], accumulate:accumulate(fun lists:reverse/1, ["the", "quick", "brown"])).
nested_test() ->
    Fn = fun(X) -> accumulate:accumulate(fun(Y) -> X ++ Y end, ["1", "2", "3"]) end,
    ?assertEqual([["a1", "a2", "a3"], ["b1", "b2", "b3"]], accumulate:accumulate(Fn, ["a", "b"])).
