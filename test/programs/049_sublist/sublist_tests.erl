-module(sublist_tests).
-include_lib("eunit/include/eunit.hrl").

empty_test() -> ?assertEqual(equal, sublist:relation([], [])).
empty_sub_test() -> ?assertEqual(sublist, sublist:relation([], [1, 2, 3])).
empty_super_test() -> ?assertEqual(superlist, sublist:relation([1, 2, 3], [])).
equal_test() -> ?assertEqual(equal, sublist:relation([1, 2, 3], [1, 2, 3])).
different_test() -> ?assertEqual(unequal, sublist:relation([1, 2, 3], [2, 3, 4])).
middle_test() -> ?assertEqual(sublist, sublist:relation([2, 3, 4], [1, 2, 3, 4, 5])).
super_end_test() -> ?assertEqual(superlist, sublist:relation([0, 1, 2, 3, 4, 5], [3, 4, 5])).
partial_test() -> ?assertEqual(sublist, sublist:relation([1, 1, 2], [0, 1, 1, 1, 2, 1, 2])).
order_test() -> ?assertEqual(unequal, sublist:relation([1, 3], [1, 2, 3])).
