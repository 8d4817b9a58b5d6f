-module(all_your_base_tests).
-include_lib("eunit/include/eunit.hrl").

single_bit_test() -> ?assertEqual({ok, [1]}, all_your_base:rebase([1], 2, 10)).
binary_test() -> ?assertEqual({ok, [4, 2]}, all_your_base:rebase([1, 0, 1, 0, 1, 0], 2, 10)).
to_binary_test() -> ?assertEqual({ok, [1, 0, 1, 0, 1, 0]}, all_your_base:rebase([4, 2], 10, 2)).
trinary_test() -> ?assertEqual({ok, [2, 10]}, all_your_base:rebase([1, 1, 2, 0], 3, 16)).
hex_test() -> ?assertEqual({ok, [6, 10, 45]}, all_your_base:rebase([3, 46, 60], 97, 73)).
empty_test() -> ?assertEqual({ok, [0]}, all_your_base:rebase([], 2, 10)).
zeros_test() -> ?assertEqual({ok, [0]}, all_your_base:rebase([0, 0, 0], 10, 2)).
bad_digit_test() -> ?assertMatch({error, _}, all_your_base:rebase([1, 2, 1, 0, 1, 0], 2, 10)).
bad_base_test() -> ?assertEqual({error, "input base must be >= 2"}, all_your_base:rebase([1], 1, 10)).
