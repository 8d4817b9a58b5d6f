%% compute_sieve: the primes below N by the sieve people write first in
%% Erlang: take the head of the list as a prime and filter its multiples out
%% of the rest with a list comprehension, until the head's square passes N.
%% run(N) -> {Count, SumModP, LargestPrime}.
-module(compute_sieve).
-export([size/1, run/1]).

size(small) -> 30000;
size(medium) -> 400000.

run(N) ->
    Primes = sieve(lists:seq(2, N - 1), N),
    {length(Primes), lists:sum(Primes) rem 1000000007, lists:last(Primes)}.

sieve([P | Xs], N) when P * P >= N -> [P | Xs];
sieve([P | Xs], N) -> [P | sieve([X || X <- Xs, X rem P =/= 0], N)];
sieve([], _) -> [].
