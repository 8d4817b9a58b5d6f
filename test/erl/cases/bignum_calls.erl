-module(bignum_calls).
-export([main/0]).

%% What the calling convention's fast paths do with big integers and
%% deep stacks: rem of bignums by subtraction or by division, min/max
%% across small and big integers and floats, repeated variables in
%% patterns, and a body recursion far past one slice of reductions.
main() ->
    B = 1 bsl 200,
    Cases = [{B + 7, B}, {B, 3 * (B div 10)}, {16 * B, B}, {16 * B - 1, B},
             {15 * B + 5, B}, {B * B, (1 bsl 61) - 1}, {B, B}, {-B - 5, B},
             {B + 5, -B}, {-(16 * B) - 3, -B}, {B, 7}, {7, B}],
    [io:format("~p~n", [X rem Y]) || {X, Y} <- Cases],
    io:format("~p~n", [gcd(fact(300, 1), fib(1000, 0, 1) * fact(200, 1) + 1)]),
    io:format("~p~n", [gcd(fact(120, 1), fact(100, 1) * 7)]),
    Vals = [1, -1, 0, 1.0, B, -B, B + 1, 2.0e60, 9007199254740991, 9007199254740992],
    io:format("~p~n", [[{min(X, Y), max(X, Y)} || X <- Vals, Y <- Vals]]),
    io:format("~p~n", [[same(X, Y) || X <- Vals, Y <- Vals]]),
    io:format("~p~n", [len(lists:seq(1, 300000))]),
    io:format("~p~n", [wide(100000, 0)]),
    {stack_size, S} = process_info(self(), stack_size),
    io:format("~p~n", [is_integer(S) andalso S >= 0]),
    ok.

gcd(A, 0) -> A;
gcd(A, B) -> gcd(B, A rem B).

fact(0, Acc) -> Acc;
fact(K, Acc) -> fact(K - 1, Acc * K).

fib(0, A, _) -> A;
fib(K, A, B) -> fib(K - 1, B, A + B).

same(X, X) -> same;
same(_, _) -> different.

len([]) -> 0;
len([_ | T]) -> 1 + len(T).

%% A function of many locals: its frames cost more than one reduction.
wide(0, Acc) -> Acc;
wide(N, Acc) ->
    A1 = N + 1, A2 = A1 * 2, A3 = A2 + A1, A4 = {A1, A2, A3}, A5 = [A4, A3],
    A6 = element(1, A4), A7 = length(A5), A8 = A6 + A7, A9 = A8 * 3, A10 = A9 - 1,
    B1 = N + 2, B2 = B1 * 2, B3 = B2 + B1, B4 = {B1, B2, B3}, B5 = [B4, B3],
    B6 = element(1, B4), B7 = length(B5), B8 = B6 + B7, B9 = B8 * 3, B10 = B9 - 1,
    X = wide(N - 1, Acc),
    X + (A10 - B10) + length(A5) - length(B5) + 1.
