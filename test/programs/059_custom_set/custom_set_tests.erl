-module(custom_set_tests).
-include_lib("eunit/include/eunit.hrl").

-import(custom_set, [from_list/1]).

empty_test() -> ?assert(custom_set:empty(from_list([]))).
not_empty_test() -> ?assertNot(custom_set:empty(from_list([1]))).
contains_test() -> ?assert(custom_set:contains(1, from_list([1, 2, 3]))).
subset_test() -> ?assert(custom_set:subset(from_list([2, 1]), from_list([1, 2, 3]))).
not_subset_test() -> ?assertNot(custom_set:subset(from_list([4]), from_list([1, 2, 3]))).
disjoint_test() -> ?assert(custom_set:disjoint(from_list([1, 2]), from_list([3, 4]))).
equal_test() -> ?assert(custom_set:equal(from_list([1, 2, 3, 3]), from_list([3, 2, 1]))).
add_test() -> ?assertEqual([1, 2, 3], custom_set:to_list(custom_set:add(3, from_list([1, 2])))).
intersection_test() ->
    ?assertEqual([2, 3], custom_set:to_list(custom_set:intersection(from_list([1, 2, 3, 4]), from_list([3, 2, 5])))).
difference_test() ->
    ?assertEqual([1, 3], custom_set:to_list(custom_set:difference(from_list([3, 2, 1]), from_list([2, 4])))).
union_test() ->
    ?assertEqual([1, 2, 3, 4], custom_set:to_list(custom_set:union(from_list([1, 3]), from_list([2, 4])))).
