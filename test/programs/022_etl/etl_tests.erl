-module(etl_tests).
-include_lib("eunit/include/eunit.hrl").

single_test() -> ?assertEqual([{"a", 1}], etl:transform([{1, ["A"]}])).
several_test() ->
    ?assertEqual([{"a", 1}, {"e", 1}, {"i", 1}, {"o", 1}, {"u", 1}],
                 etl:transform([{1, ["A", "E", "I", "O", "U"]}])).
multiple_scores_test() ->
    ?assertEqual([{"a", 1}, {"d", 2}, {"e", 1}, {"g", 2}], etl:transform([{1, ["A", "E"]}, {2, ["D", "G"]}])).
