%% compute_hamming: the first N Hamming numbers (2^i 3^j 5^k) by Dijkstra's
%% three-pointer method, kept in an `array' that grows by array:set/3 and
%% is read back with array:get/2. Past about the 13000th the numbers are
%% bignums.
%% run(N) -> {NthModP, SumModP, Digits}.
-module(compute_hamming).
-export([size/1, run/1]).

size(small) -> 8000;
size(medium) -> 100000.

run(N) ->
    A = hamming(N),
    Last = array:get(N - 1, A),
    Sum = array:foldl(fun(_, H, Acc) -> (Acc + H) rem 1000000007 end, 0, A),
    {Last rem 1000000007, Sum, length(integer_to_list(Last))}.

hamming(N) -> step(1, N, array:set(0, 1, array:new()), 0, 0, 0, 2, 3, 5).

step(K, N, A, _, _, _, _, _, _) when K >= N -> A;
step(K, N, A0, I2, I3, I5, X2, X3, X5) ->
    H = min(X2, min(X3, X5)),
    A = array:set(K, H, A0),
    {J2, Y2} = advance(H, I2, X2, 2, A),
    {J3, Y3} = advance(H, I3, X3, 3, A),
    {J5, Y5} = advance(H, I5, X5, 5, A),
    step(K + 1, N, A, J2, J3, J5, Y2, Y3, Y5).

advance(H, I, H, F, A) -> {I + 1, F * array:get(I + 1, A)};
advance(_, I, X, _, _) -> {I, X}.
