-module(list_ops_tests).
-include_lib("eunit/include/eunit.hrl").

append_test() -> ?assertEqual([1, 2, 2, 3, 4, 5], list_ops:append([1, 2], [2, 3, 4, 5])).
concat_test() -> ?assertEqual([1, 2, 3, 4, 5, 6], list_ops:concat([[1, 2], [3], [], [4, 5, 6]])).
concat_nested_test() -> ?assertEqual([[1], [2], [3], [], [4, 5, 6]], list_ops:concat([[[1], [2]], [[3]], [[]], [[4, 5, 6]]])).
filter_test() -> ?assertEqual([1, 3, 5], list_ops:filter(fun(X) -> X rem 2 =:= 1 end, [1, 2, 3, 5])).
length_test() -> ?assertEqual(4, list_ops:length([1, 2, 3, 4])).
map_test() -> ?assertEqual([2, 4, 6, 8], list_ops:map(fun(X) -> X * 2 end, [1, 2, 3, 4])).
foldl_test() -> ?assertEqual(64, list_ops:foldl(fun(X, Acc) -> X / Acc end, 24, [1, 2, 3, 4])).
foldr_test() -> ?assertEqual(9.0, list_ops:foldr(fun(X, Acc) -> X / Acc end, 24, [1, 2, 3, 4])).
reverse_test() -> ?assertEqual([7, 5, 3, 1], list_ops:reverse([1, 3, 5, 7])).
