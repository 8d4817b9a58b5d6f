%% compute_bignum: arithmetic on big integers: N! by a product loop, the
%% 5N-th Fibonacci number by iteration, 3^(4N) by repeated squaring, their
%% decimal digits (integer_to_list/1 and a div/rem 10 loop) and a bignum gcd.
%% run(N) -> {FactDigitSum, FibDigits, PowDigitSum, GcdDigits, Checksum}.
-module(compute_bignum).
-export([size/1, run/1]).

size(small) -> 400;
size(medium) -> 4000.

run(N) ->
    F = fact(N, 1),
    Fib = fib(5 * N, 0, 1),
    P = pow(3, 4 * N, 1),
    G = gcd(F, Fib * P + F),
    {digit_sum(integer_to_list(F), 0), length(integer_to_list(Fib)),
     digits_by_division(P, 0), length(integer_to_list(G)),
     (F + Fib + P) rem 1000000007}.

fact(0, Acc) -> Acc;
fact(K, Acc) -> fact(K - 1, Acc * K).

fib(0, A, _) -> A;
fib(K, A, B) -> fib(K - 1, B, A + B).

pow(_, 0, Acc) -> Acc;
pow(B, E, Acc) when E rem 2 =:= 1 -> pow(B * B, E div 2, Acc * B);
pow(B, E, Acc) -> pow(B * B, E div 2, Acc).

gcd(A, 0) -> A;
gcd(A, B) -> gcd(B, A rem B).

digit_sum([], Acc) -> Acc;
digit_sum([C | Cs], Acc) -> digit_sum(Cs, Acc + C - $0).

%% Digit sum by peeling the lowest digit off the big integer.
digits_by_division(0, Acc) -> Acc;
digits_by_division(X, Acc) -> digits_by_division(X div 10, Acc + X rem 10).
