-module(collatz_conjecture_tests).
-include_lib("eunit/include/eunit.hrl").

one_test() -> ?assertEqual(0, collatz_conjecture:steps(1)).
even_test() -> ?assertEqual(4, collatz_conjecture:steps(16)).
mixed_test() -> ?assertEqual(9, collatz_conjecture:steps(12)).
large_test() -> ?assertEqual(152, collatz_conjecture:steps(1000000)).
zero_test() -> ?assertMatch({error, _}, collatz_conjecture:steps(0)).
negative_test() -> ?assertMatch({error, _}, collatz_conjecture:steps(-15)).
