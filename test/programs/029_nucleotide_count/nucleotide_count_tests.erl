-module(nucleotide_count_tests).
-include_lib("eunit/include/eunit.hrl").

empty_test() -> ?assertEqual(0, nucleotide_count:count("", "A")).
repeated_test() -> ?assertEqual(5, nucleotide_count:count("GGGGG", "G")).
mixed_test() -> ?assertEqual(2, nucleotide_count:count("GGGGGTAACCCGG", "T")).
invalid_test() -> ?assertError(invalid_nucleotide, nucleotide_count:count("GACT", "X")).
counts_test() ->
    ?assertEqual([{"A", 20}, {"C", 12}, {"G", 17}, {"T", 21}],
                 nucleotide_count:nucleotide_counts("AGCTTTTCATTCTGACTGCAACGGGCAATATGTCTCTGTGTGGATTAAAAAAAGAGTGTCTGATAGCAGC")).
