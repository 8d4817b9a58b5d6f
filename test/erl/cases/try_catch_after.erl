-module(try_catch_after).
-export([main/0]).

%% try ... of ... catch ... after: classes, of-clauses, after side effects,
%% nested try, rethrow, raise/3, stacktrace binding.
main() ->
    io:format("~p~n", [[t1(F) || F <- [fun() -> ok end,
                                      fun() -> throw(thrown) end,
                                      fun() -> error(oops) end,
                                      fun() -> exit(bye) end]]]),
    %% an exception in an of-clause is not caught by the same try
    io:format("~p~n", [[try t_of(X) catch C:R -> {outer, C, R} end || X <- [1, 2, 3]]]),
    put(log, []),
    R = t_after(),
    io:format("~p~n", [{R, lists:reverse(get(log))}]),
    put(log, []),
    R2 = (catch t_after_throw()),
    io:format("~p~n", [{R2, lists:reverse(get(log))}]),
    io:format("~p~n", [nested()]),
    io:format("~p~n", [rethrow()]),
    io:format("~p~n", [raise3()]),
    io:format("~p~n", [stack()]),
    io:format("~p~n", [catch_all()]),
    io:format("~p~n", [only_after()]),
    io:format("~p~n", [try_in_loop(5, [])]),
    io:format("~p~n", [deep_throw()]),
    io:format("~p~n", [after_value()]),
    io:format("~p~n", [error_in_handler()]),
    ok.

t1(F) ->
    try F() of
        V -> {value, V}
    catch
        throw:T -> {throw, T};
        error:E -> {error, E};
        exit:X -> {exit, X}
    end.

t_of(X) ->
    try X of
        1 -> one;
        2 -> throw(from_of)
    catch
        throw:from_of -> caught_from_of;
        error:{try_clause, V} -> {try_clause, V}
    end.

log(X) -> put(log, [X | get(log)]).

t_after() ->
    try
        log(body),
        body_value
    after
        log(after_ran)
    end.

t_after_throw() ->
    try
        log(body),
        throw(boom)
    after
        log(after_ran)
    end.

nested() ->
    try
        try
            throw(inner)
        catch
            throw:inner -> throw(outer)
        end
    catch
        throw:outer -> caught_outer
    end.

rethrow() ->
    try
        try error(first)
        catch error:E -> erlang:error({wrapped, E})
        end
    catch
        error:W -> W
    end.

raise3() ->
    try
        erlang:raise(throw, raised, [])
    catch
        C:R -> {C, R}
    end.

stack() ->
    try
        error(with_stack)
    catch
        error:R:St -> {R, is_list(St)}
    end.

catch_all() ->
    [try F() catch _:_ -> caught end || F <- [fun() -> 1 / zero() end, fun() -> exit(x) end, fun() -> throw(y) end]].

zero() -> 0.

only_after() ->
    put(k, 0),
    V = try 42 after put(k, 1) end,
    {V, get(k)}.

try_in_loop(0, Acc) -> lists:reverse(Acc);
try_in_loop(N, Acc) ->
    R = try
            case N rem 2 of
                0 -> throw(even);
                1 -> odd
            end
        catch
            throw:even -> even
        end,
    try_in_loop(N - 1, [R | Acc]).

deep_throw() ->
    try down(100) catch throw:{bottom, N} -> {caught_at, N} end.

down(0) -> throw({bottom, 0});
down(N) -> 1 + down(N - 1).

after_value() ->
    %% the after clause's value is ignored
    try 1 after 2 end.

error_in_handler() ->
    try
        try throw(a)
        catch throw:a -> error(in_handler)
        end
    catch
        error:in_handler -> handled_outer
    end.
