-module(hamming_tests).
-include_lib("eunit/include/eunit.hrl").

empty_test() -> ?assertEqual(0, hamming:distance("", "")).
single_identical_test() -> ?assertEqual(0, hamming:distance("A", "A")).
single_different_test() -> ?assertEqual(1, hamming:distance("G", "T")).
long_test() -> ?assertEqual(9, hamming:distance("GGACGGATTCTG", "AGGACGGATTCT")).
unequal_test() ->
    ?assertMatch({error, _}, hamming:distance("AATG", "AAA")).
