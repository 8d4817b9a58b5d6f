-module(comps).
-export([main/0]).

%% A list comprehension runs in a function of its own on BEAM: its frames
%% show in stack traces, once more for each element already collected.

inverse(L) -> [1 / X || X <- L].

pairs(L, M) -> [{X, Y} || X <- L, Y <- M, check(Y)].

check(Y) when is_integer(Y) -> true.

scaled(L, K) -> Result = [X * K || X <- L], {ok, Result}.

bits(B) -> << <<(X + 1)>> || <<X>> <= B >>.

effect(L) -> [io:format("~p~n", [10 div X]) || X <- L], done.

report(F) ->
    try F() of
        V -> io:format("value ~p~n", [V])
    catch
        Class:Reason:Stack ->
            io:format("~p:~p~n", [Class, Reason]),
            [io:format("  ~p~n", [{M, Fn, A}]) || {M, Fn, A, _} <- Stack, M =:= comps]
    end.

main() ->
    report(fun() -> inverse([1, 2, 0]) end),
    report(fun() -> inverse([0]) end),
    report(fun() -> inverse(x) end),
    report(fun() -> pairs([1, 2], [3, four]) end),
    report(fun() -> pairs([1], x) end),
    report(fun() -> scaled([1, 2, a], 2) end),
    report(fun() -> bits(<<1, 2>>) end),
    report(fun() -> bits(x) end),
    report(fun() -> effect([1, 0]) end).
