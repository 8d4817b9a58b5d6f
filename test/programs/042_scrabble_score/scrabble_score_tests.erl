-module(scrabble_score_tests).
-include_lib("eunit/include/eunit.hrl").

score_test_() ->
    [?_assertEqual(S, scrabble_score:score(W)) ||
        {W, S} <- [{"a", 1}, {"A", 1}, {"f", 4}, {"at", 2}, {"zoo", 12}, {"street", 6},
                   {"quirky", 22}, {"OxyphenButazone", 41}, {"pinata", 8}, {"", 0}, {"abcdefghijklmnopqrstuvwxyz", 87}]].
