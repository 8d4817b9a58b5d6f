-module(deep_recursion).
-export([main/0]).

%% Body (non-tail) recursion a million frames deep must work: the stack grows
%% on the heap.
main() ->
    L = lists:seq(1, 1000000),
    io:format("~p~n", [sum(L)]),
    io:format("~p~n", [len(L)]),
    io:format("~p~n", [lists:last(double(L))]),
    io:format("~p~n", [depth(1000000)]),
    io:format("~p~n", [length(build(1000000))]),
    %% deep recursion in a spawned process
    Self = self(),
    spawn(fun() -> Self ! {deep, sum(lists:seq(1, 500000))} end),
    receive {deep, S} -> io:format("~p~n", [S]) end,
    %% exception thrown from the bottom of a deep recursion
    io:format("~p~n", [catch throw_deep(200000)]),
    %% try at the top of a deep recursion
    io:format("~p~n", [try depth_err(300000) catch error:{bottom, N} -> {caught, N} end]),
    %% deep recursion through a fun
    F = fun G(0) -> 0; G(N) -> 1 + G(N - 1) end,
    io:format("~p~n", [F(500000)]),
    %% deep recursion through lists:foldr (not tail recursive)
    io:format("~p~n", [lists:foldr(fun(X, Acc) -> X + Acc end, 0, L)]),
    ok.

sum([]) -> 0;
sum([H | T]) -> H + sum(T).

len([]) -> 0;
len([_ | T]) -> 1 + len(T).

double([]) -> [];
double([H | T]) -> [H * 2 | double(T)].

depth(0) -> 0;
depth(N) -> 1 + depth(N - 1).

build(0) -> [];
build(N) -> [N | build(N - 1)].

throw_deep(0) -> throw(from_bottom);
throw_deep(N) -> {N, throw_deep(N - 1)}.

depth_err(0) -> error({bottom, 0});
depth_err(N) -> 1 + depth_err(N - 1).
