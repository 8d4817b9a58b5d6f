-module(parallel_letter_frequency_tests).
-include_lib("eunit/include/eunit.hrl").

empty_test() -> ?assertEqual([], dict:to_list(parallel_letter_frequency:dict([]))).
single_test() -> ?assertEqual([{$a, 1}], dict:to_list(parallel_letter_frequency:dict(["a"]))).
case_test() -> ?assertEqual([{$a, 2}, {$b, 2}], lists:sort(dict:to_list(parallel_letter_frequency:dict(["aA", "bB"])))).
many_test() ->
    D = parallel_letter_frequency:dict(["the quick brown fox", "jumps over", "the lazy dog"]),
    ?assertEqual(4, dict:fetch($o, D)),
    ?assertEqual(2, dict:fetch($t, D)),
    ?assertEqual(26, dict:size(D)).
