%% compute_divisors: classifies 1..N as deficient, perfect or abundant by
%% the sum of proper divisors, found by trial division up to the square
%% root of each number.
%% run(N) -> {Deficient, Perfect, Abundant, Perfects, SumModP}.
-module(compute_divisors).
-export([size/1, run/1]).

size(small) -> 5000;
size(medium) -> 60000.

run(N) -> classify(1, N, 0, 0, 0, [], 0).

classify(K, N, D, P, A, Ps, S) when K > N ->
    {D, P, A, lists:reverse(Ps), S};
classify(K, N, D, P, A, Ps, S) ->
    Sum = divisor_sum(K),
    S1 = (S + Sum) rem 1000000007,
    if
        Sum < K -> classify(K + 1, N, D + 1, P, A, Ps, S1);
        Sum =:= K -> classify(K + 1, N, D, P + 1, A, [K | Ps], S1);
        true -> classify(K + 1, N, D, P, A + 1, Ps, S1)
    end.

%% Sum of the divisors of K below K.
divisor_sum(1) -> 0;
divisor_sum(K) -> divisor_sum(K, 2, 1).

divisor_sum(K, I, Acc) when I * I > K -> Acc;
divisor_sum(K, I, Acc) when I * I =:= K -> Acc + I;
divisor_sum(K, I, Acc) when K rem I =:= 0 -> divisor_sum(K, I + 1, Acc + I + K div I);
divisor_sum(K, I, Acc) -> divisor_sum(K, I + 1, Acc).
