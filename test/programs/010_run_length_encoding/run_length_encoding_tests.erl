-module(run_length_encoding_tests).
-include_lib("eunit/include/eunit.hrl").

encode_empty_test() -> ?assertEqual("", run_length_encoding:encode("")).
encode_single_test() -> ?assertEqual("XYZ", run_length_encoding:encode("XYZ")).
encode_runs_test() -> ?assertEqual("2A3B4C", run_length_encoding:encode("AABBBCCCC")).
encode_mixed_test() ->
    ?assertEqual("12WB12W3B24WB", run_length_encoding:encode("WWWWWWWWWWWWBWWWWWWWWWWWWBBBWWWWWWWWWWWWWWWWWWWWWWWWB")).
encode_spaces_test() -> ?assertEqual("2 hs2q q2w2 ", run_length_encoding:encode("  hsqq qww  ")).
decode_test() -> ?assertEqual("AABBBCCCC", run_length_encoding:decode("2A3B4C")).
round_trip_test() ->
    S = "zzz ZZ  zZ",
    ?assertEqual(S, run_length_encoding:decode(run_length_encoding:encode(S))).
