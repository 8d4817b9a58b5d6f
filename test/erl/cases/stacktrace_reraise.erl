%% Stack traces where a function catches and raises again, where a try's
%% clauses end in a call (a tail call on BEAM: the try's function leaves no
%% frame), where a BIF outside module erlang fails in tail position (its
%% caller stays), and maps calls erlc compiles to erlang's map BIFs.
-module(stacktrace_reraise).
-export([main/0]).

main() ->
    show(fun() -> reraise(x) end),
    show(fun() -> reraise_after(x) end),
    show(fun() -> nested(x) end),
    show(fun() -> tail_of(1) end),
    show(fun() -> tail_catch(x) end),
    show(fun() -> tail_reverse(x) end),
    show(fun() -> maps_get(k, #{}) end),
    show(fun() -> maps_size(not_a_map) end),
    ok.

show(F) ->
    try F() of
        V -> io:format("value ~p~n", [V])
    catch
        Class:Reason:Stack ->
            Mine = lists:takewhile(fun({_, Fn, _, _}) -> Fn =/= show end, Stack),
            io:format("~p ~p~n~p~n", [Class, Reason,
                                       [{M, Fn, A, Loc} || {M, Fn, A, Loc} <- Mine,
                                                           is_atom(Fn), not is_fun_name(Fn)]])
    end.

is_fun_name(Name) -> lists:prefix("-", atom_to_list(Name)).

%% No catch clause matches: the exception goes on with the trace it had.
reraise(X) ->
    try clause(X)
    catch
        throw:never -> caught
    end.

reraise_after(X) ->
    try clause(X)
    after
        io:format("after ran~n")
    end.

%% An inner try's re-raise reaching an outer try of the same function.
nested(X) ->
    try
        try clause(X)
        catch throw:never -> inner
        end
    catch throw:never_either -> outer
    end.

tail_of(X) ->
    try id(X) of
        V -> divide(V, 0)
    catch
        throw:never -> caught
    end.

tail_catch(X) ->
    try clause(X)
    catch
        error:function_clause -> divide(1, 0)
    end.

tail_reverse(X) ->
    lists:reverse(X, []).

maps_get(K, M) ->
    V = maps:get(K, M),
    {V}.

maps_size(M) ->
    N = maps:size(M),
    {N}.

clause(a) -> a.

divide(A, B) ->
    R = A div B,
    {R}.

id(X) -> X.
