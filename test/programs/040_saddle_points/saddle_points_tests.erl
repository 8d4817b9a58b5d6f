-module(saddle_points_tests).
-include_lib("eunit/include/eunit.hrl").

single_test() -> ?assertEqual([{1, 0}], saddle_points:saddle_points([[9, 8, 7], [5, 3, 2], [6, 6, 7]])).
empty_test() -> ?assertEqual([], saddle_points:saddle_points([[]])).
none_test() -> ?assertEqual([], saddle_points:saddle_points([[1, 2, 3], [3, 1, 2], [2, 3, 1]])).
multiple_column_test() ->
    ?assertEqual([{0, 1}, {1, 1}, {2, 1}], saddle_points:saddle_points([[4, 5, 4], [3, 5, 5], [1, 5, 4]])).
multiple_row_test() ->
    ?assertEqual([{1, 0}, {1, 1}, {1, 2}], saddle_points:saddle_points([[6, 7, 8], [5, 5, 5], [7, 5, 6]])).
