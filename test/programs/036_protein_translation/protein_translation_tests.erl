-module(protein_translation_tests).
-include_lib("eunit/include/eunit.hrl").

empty_test() -> ?assertEqual({ok, []}, protein_translation:proteins("")).
methionine_test() -> ?assertEqual({ok, [methionine]}, protein_translation:proteins("AUG")).
sequence_test() ->
    ?assertEqual({ok, [methionine, phenylalanine, tryptophan]}, protein_translation:proteins("AUGUUUUGG")).
stop_test() -> ?assertEqual({ok, [tryptophan, cysteine, tyrosine]}, protein_translation:proteins("UGGUGUUAUUAAUGGUUU")).
invalid_test() -> ?assertEqual({error, badarg}, protein_translation:proteins("XYZ")).
incomplete_test() -> ?assertEqual({error, badarg}, protein_translation:proteins("AUGU")).
