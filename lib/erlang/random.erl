%% The deprecated random module still shipped with OTP 25: Wichmann-Hill
%% AS183, three small multiplicative generators summed modulo 1. The state
%% is a 3-tuple under the process dictionary key random_seed, and the
%% numbers match erl's for a given seed.
-module(random).
-export([seed/0, seed/1, seed/3, seed0/0, uniform/0, uniform/1,
         uniform_s/1, uniform_s/2]).

-define(P1, 30269).
-define(P2, 30307).
-define(P3, 30323).

seed0() -> {3172, 9814, 20125}.

%% Each seed function returns what the dictionary held before.
seed() ->
    case put(random_seed, seed0()) of
        undefined -> seed0();
        {_, _, _} = Old -> Old
    end.

seed(Int) when is_integer(Int) ->
    A2 = Int band 16#ffffff,
    seed((Int bsr 16) band 16#fffffff, A2, (Int bsr 36) bor (A2 bsr 16));
seed({A1, A2, A3}) ->
    seed(A1, A2, A3).

%% Seeds are kept clear of multiples of the primes.
seed(A1, A2, A3) ->
    put(random_seed, {abs(A1) rem (?P1 - 1) + 1,
                      abs(A2) rem (?P2 - 1) + 1,
                      abs(A3) rem (?P3 - 1) + 1}).

uniform() ->
    {_, _, _} = State = case get(random_seed) of
                            undefined -> seed0();
                            S -> S
                        end,
    {F, State1} = uniform_s(State),
    put(random_seed, State1),
    F.

uniform(N) when is_integer(N), N >= 1 ->
    trunc(uniform() * N) + 1.

uniform_s({A1, A2, A3}) ->
    B1 = A1 * 171 rem ?P1,
    B2 = A2 * 172 rem ?P2,
    B3 = A3 * 170 rem ?P3,
    R = B1 / ?P1 + B2 / ?P2 + B3 / ?P3,
    {R - trunc(R), {B1, B2, B3}}.

uniform_s(N, State0) when is_integer(N), N >= 1 ->
    {F, State1} = uniform_s(State0),
    {trunc(F * N) + 1, State1}.
