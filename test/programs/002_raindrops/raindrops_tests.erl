-module(raindrops_tests).
-include_lib("eunit/include/eunit.hrl").

one_test() -> ?assertEqual("1", raindrops:convert(1)).
three_test() -> ?assertEqual("Pling", raindrops:convert(3)).
five_test() -> ?assertEqual("Plang", raindrops:convert(5)).
seven_test() -> ?assertEqual("Plong", raindrops:convert(7)).
fifteen_test() -> ?assertEqual("PlingPlang", raindrops:convert(15)).
twenty_one_test() -> ?assertEqual("PlingPlong", raindrops:convert(21)).
big_test() -> ?assertEqual("PlingPlangPlong", raindrops:convert(105)).
prime_test() -> ?assertEqual("52", raindrops:convert(52)).
