-module(funs).
-export([main/0, adder/1, pair/0, twice/1]).

%% Funs are named after the function they are written in and numbered as
%% the compiler meets them: erlang:fun_info/2 and stack traces show it.

adder(N) -> fun(X) -> X + N end.

pair() -> {fun(X) -> {left, X} end, fun(X) -> {right, X} end}.

twice(F) -> fun(X) -> F(F(X)) end.

nested() -> fun(A) -> fun(B) -> {A, B} end end.

inline(X) -> (fun(Y) -> {inlined, Y} end)(X).

bound(X) -> Check = fun(ok) -> X end, Check(X).

named() -> fun Fact(0) -> 1; Fact(N) -> N * Fact(N - 1) end.

square(X) -> X * X.

%% Tag is a constant: the compiler puts it in the fun, which needs no
%% variable of its own for it (the fun's frame has arity 1, not 2).
tagger() -> Tag = seen, fun(X) -> {Tag, X + 1} end.

show(F) ->
    {name, Name} = erlang:fun_info(F, name),
    {index, Index} = erlang:fun_info(F, index),
    {arity, Arity} = erlang:fun_info(F, arity),
    io:format("~p index ~p arity ~p~n", [Name, Index, Arity]).

frames(F) ->
    try F() of
        V -> io:format("value ~p~n", [V])
    catch
        Class:Reason:Stack ->
            io:format("~p:~p~n", [Class, Reason]),
            [io:format("  ~p~n", [{M, Fn, A}]) || {M, Fn, A, _} <- Stack, M =:= funs]
    end.

main() ->
    show(adder(1)),
    {L, R} = pair(),
    show(L),
    show(R),
    show(twice(fun square/1)),
    show(fun square/1),
    show(nested()),
    show((nested())(1)),
    show(named()),
    io:format("~p~n", [inline(7)]),
    frames(fun() -> (adder(1))(x) end),
    frames(fun() -> ((nested())(1))(2) end),
    frames(fun() -> (twice(fun(a) -> b end))(a) end),
    frames(fun() -> inline(x) + 1 end),
    frames(fun() -> bound(nok) end),
    frames(fun() -> (named())(x) end),
    frames(fun() -> (tagger())(x) end).
