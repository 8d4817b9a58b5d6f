-module(pascals_triangle_tests).
-include_lib("eunit/include/eunit.hrl").

zero_test() -> ?assertEqual([], pascals_triangle:rows(0)).
one_test() -> ?assertEqual([[1]], pascals_triangle:rows(1)).
four_test() -> ?assertEqual([[1], [1, 1], [1, 2, 1], [1, 3, 3, 1]], pascals_triangle:rows(4)).
ten_test() -> ?assertEqual([1, 9, 36, 84, 126, 126, 84, 36, 9, 1], lists:last(pascals_triangle:rows(10))).
