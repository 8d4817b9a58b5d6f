-module(change_tests).
-include_lib("eunit/include/eunit.hrl").

single_test() -> ?assertEqual([25], change:find_fewest_coins(25, [1, 5, 10, 25, 100])).
multiple_test() -> ?assertEqual([5, 10], change:find_fewest_coins(15, [1, 5, 10, 25, 100])).
lilliputian_test() -> ?assertEqual([4, 4, 15], change:find_fewest_coins(23, [1, 4, 15, 20, 50])).
lower_elbonia_test() -> ?assertEqual([21, 21, 21], change:find_fewest_coins(63, [1, 5, 10, 21, 25])).
zero_test() -> ?assertEqual([], change:find_fewest_coins(0, [1, 5, 10])).
impossible_test() -> ?assertMatch({error, _}, change:find_fewest_coins(3, [5, 10])).
negative_test() -> ?assertMatch({error, _}, change:find_fewest_coins(-5, [1, 2])).
