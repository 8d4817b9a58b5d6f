-module(binary_search_tests).
-include_lib("eunit/include/eunit.hrl").

single_test() -> ?assertEqual({ok, 0}, binary_search:find({6}, 6)).
middle_test() -> ?assertEqual({ok, 3}, binary_search:find({1, 3, 4, 6, 8, 9, 11}, 6)).
beginning_test() -> ?assertEqual({ok, 0}, binary_search:find({1, 3, 4, 6, 8, 9, 11}, 1)).
end_test() -> ?assertEqual({ok, 6}, binary_search:find({1, 3, 4, 6, 8, 9, 11}, 11)).
large_test() ->
    ?assertEqual({ok, 9}, binary_search:find({1, 3, 5, 8, 13, 21, 34, 55, 89, 144, 233, 377, 634}, 144)).
missing_test() -> ?assertEqual(not_found, binary_search:find({1, 3, 4, 6, 8, 9, 11}, 7)).
empty_test() -> ?assertEqual(not_found, binary_search:find({}, 1)).
