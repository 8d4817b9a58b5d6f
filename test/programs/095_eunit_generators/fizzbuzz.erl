-module(fizzbuzz).
-export([fizzbuzz/1, upto/1]).
-include_lib("eunit/include/eunit.hrl").

fizzbuzz(N) when N rem 15 =:= 0 -> "FizzBuzz";
fizzbuzz(N) when N rem 3 =:= 0 -> "Fizz";
fizzbuzz(N) when N rem 5 =:= 0 -> "Buzz";
fizzbuzz(N) -> integer_to_list(N).

upto(N) -> [fizzbuzz(I) || I <- lists:seq(1, N)].

%% Tests inside the module, as many tutorials do.
fizz_test() -> ?assertEqual("Fizz", fizzbuzz(9)).
buzz_test() -> ?assertEqual("Buzz", fizzbuzz(10)).
fizzbuzz_test() -> ?assertEqual("FizzBuzz", fizzbuzz(45)).
plain_test_() -> [?_assertEqual(integer_to_list(N), fizzbuzz(N)) || N <- [1, 2, 4, 7, 98]].
upto_test() -> ?assertEqual(["1", "2", "Fizz", "4", "Buzz"], upto(5)).
