-module(matrix_rows_tests).
-include_lib("eunit/include/eunit.hrl").

single_row_test() -> ?assertEqual([1], matrix_rows:row("1", 1)).
second_row_test() -> ?assertEqual([3, 4], matrix_rows:row("1 2\n3 4", 2)).
different_widths_test() -> ?assertEqual([10, 20], matrix_rows:row("1 2\n10 20", 2)).
column_test() -> ?assertEqual([3, 6, 9], matrix_rows:column("1 2 3\n4 5 6\n7 8 9", 3)).
nonsquare_test() -> ?assertEqual([8, 7, 6], matrix_rows:column("1 2 3 4\n5 6 7 8\n9 8 7 6", 4)).
