%% Stack traces of compiled code: file and line of each frame, the failing
%% function's own line for function_clause, no erlang:Op frame for an
%% operator, a BIF frame kept (with its caller) even in tail position.
%% Only the frames above the catching show/1 are printed (erlts records a
%% frame as the exception passes it, so the ones below a catch are unknown).
-module(stacktrace_lines).
-export([main/0]).

main() ->
    show(fun() -> clause(x) end),
    show(fun() -> divide(1) end),
    show(fun() -> caller() end),
    show(fun() -> bad_match() end),
    show(fun() -> tail_bif(x) end),
    show(fun() -> multi_line(id(a)) end),
    show(fun() -> lists:map(fun(X) -> 1 / X end, [1, 0]) end),
    show(fun() -> thrower() end),
    ok.

show(F) ->
    try F() of
        V -> io:format("value ~p~n", [V])
    catch
        Class:Reason:Stack ->
            Mine = lists:takewhile(fun({_, Fn, _, _}) -> Fn =/= show end, Stack),
            io:format("~p ~p~n~p~n", [Class, Reason, [{M, Fn, A, Loc} || {M, Fn, A, Loc} <- Mine, is_atom(Fn), not is_fun_name(Fn)]])
    end.

%% Funs' generated names differ between compilers; leave them out.
is_fun_name(Name) -> lists:prefix("-", atom_to_list(Name)).

clause(1) -> one;
clause(2) -> two.

divide(X) ->
    X / 0.

caller() ->
    R = divide(3),
    {ok, R}.

bad_match() ->
    {ok, V} = id({error, nope}),
    V.

id(X) -> X.

tail_bif(X) -> element(1, X).

multi_line(X) ->
    Y = X,
    Y
    +
    1.

thrower() ->
    throw(ball).
