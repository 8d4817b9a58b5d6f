-module(ackermann).
-export([main/0]).

ack(0, N) -> N + 1;
ack(M, 0) -> ack(M - 1, 1);
ack(M, N) -> ack(M - 1, ack(M, N - 1)).

gcd(A, 0) -> A;
gcd(A, B) -> gcd(B, A rem B).

pow(_, 0) -> 1;
pow(B, E) when E rem 2 =:= 0 -> H = pow(B, E div 2), H * H;
pow(B, E) -> B * pow(B, E - 1).

main() ->
    [io:format("ack(~w,~w) = ~w~n", [M, N, ack(M, N)]) || M <- [0, 1, 2, 3], N <- [0, 3]],
    io:format("gcd(1071, 462) = ~w~n", [gcd(1071, 462)]),
    io:format("2^200 = ~w~n", [pow(2, 200)]),
    io:format("3^100 rem 1000007 = ~w~n", [pow(3, 100) rem 1000007]),
    io:format("lcm 1..20 = ~w~n", [lists:foldl(fun(X, Acc) -> Acc * X div gcd(Acc, X) end, 1, lists:seq(1, 20))]).
