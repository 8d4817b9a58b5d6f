-module(sieve_tests).
-include_lib("eunit/include/eunit.hrl").

none_test() -> ?assertEqual([], sieve:primes(1)).
first_test() -> ?assertEqual([2], sieve:primes(2)).
ten_test() -> ?assertEqual([2, 3, 5, 7], sieve:primes(10)).
thirteen_test() -> ?assertEqual([2, 3, 5, 7, 11, 13], sieve:primes(13)).
thousand_test() -> ?assertEqual(168, length(sieve:primes(1000))).
last_test() -> ?assertEqual(997, lists:last(sieve:primes(1000))).
