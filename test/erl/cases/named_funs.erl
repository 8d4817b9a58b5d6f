-module(named_funs).
-export([main/0]).

%% Named funs (fun Name(...) -> ... Name(...) end): recursion without a module function.
main() ->
    Fact = fun F(0) -> 1; F(N) when N > 0 -> N * F(N - 1) end,
    io:format("~p~n", [[Fact(N) || N <- [0, 1, 5, 20, 25]]]),
    Fib = fun Fib(0) -> 0; Fib(1) -> 1; Fib(N) -> Fib(N - 1) + Fib(N - 2) end,
    io:format("~p~n", [[Fib(N) || N <- lists:seq(0, 15)]]),
    %% tail-recursive named fun: 1,000,000 iterations in constant space
    Loop = fun L(0, Acc) -> Acc; L(N, Acc) -> L(N - 1, Acc + 1) end,
    io:format("~p~n", [Loop(1000000, 0)]),
    %% named fun capturing outer variables
    Base = 7,
    Mul = fun M(0) -> []; M(K) -> [K * Base | M(K - 1)] end,
    io:format("~p~n", [Mul(4)]),
    %% the name is bound to the fun itself inside
    Self = fun S(get) -> S; S(X) -> X end,
    io:format("~p~n", [is_function(Self(get), 1)]),
    io:format("~p~n", [(Self(get))(hello)]),
    %% named fun returning a closure over its own name
    Countdown = fun C(0) -> [done]; C(N) -> [N | C(N - 1)] end,
    io:format("~p~n", [Countdown(5)]),
    %% nested named funs
    Outer = fun O(0) -> 0; O(N) -> Inner = fun I(0) -> 0; I(K) -> 1 + I(K - 1) end, Inner(N) + O(N - 1) end,
    io:format("~p~n", [Outer(10)]),
    ok.
