-module(sieve).
-export([primes/1]).

primes(N) when N < 2 -> [];
primes(N) -> sieve(lists:seq(2, N)).

sieve([]) -> [];
sieve([P | Rest]) -> [P | sieve([X || X <- Rest, X rem P =/= 0])].
