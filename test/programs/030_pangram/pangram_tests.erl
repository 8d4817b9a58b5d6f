-module(pangram_tests).
-include_lib("eunit/include/eunit.hrl").

empty_test() -> ?assertNot(pangram:is_pangram("")).
perfect_test() -> ?assert(pangram:is_pangram("abcdefghijklmnopqrstuvwxyz")).
classic_test() -> ?assert(pangram:is_pangram("the quick brown fox jumps over the lazy dog")).
missing_x_test() -> ?assertNot(pangram:is_pangram("a quick movement of the enemy will jeopardize five gunboats")).
missing_h_test() -> ?assertNot(pangram:is_pangram("five boxing wizards jump quickly at it")).
mixed_case_test() -> ?assert(pangram:is_pangram("\"Five quacking Zephyrs jolt my wax bed.\"")).
