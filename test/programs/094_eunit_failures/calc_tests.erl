-module(calc_tests).
-include_lib("eunit/include/eunit.hrl").

add_test() -> ?assertEqual(5, calc:add(2, 3)).
average_test() -> ?assertEqual(2.5, calc:average([1, 2, 3, 4])).
divide_test() -> ?assertEqual(2, calc:divide(7, 3)).
divide_by_zero_test() -> calc:divide(1, 0).
match_test() -> ?assertMatch({ok, _}, calc:add(1, 1)).
