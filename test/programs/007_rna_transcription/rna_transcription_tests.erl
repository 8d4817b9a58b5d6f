-module(rna_transcription_tests).
-include_lib("eunit/include/eunit.hrl").

empty_test() -> ?assertEqual("", rna_transcription:to_rna("")).
c_test() -> ?assertEqual("G", rna_transcription:to_rna("C")).
g_test() -> ?assertEqual("C", rna_transcription:to_rna("G")).
t_test() -> ?assertEqual("A", rna_transcription:to_rna("T")).
a_test() -> ?assertEqual("U", rna_transcription:to_rna("A")).
all_test() -> ?assertEqual("UGCACCAGAAUU", rna_transcription:to_rna("ACGTGGTCTTAA")).
bad_test() -> ?assertError(function_clause, rna_transcription:to_rna("ACGX")).
