%% The scenarios test/dbg/dbg.test.ts runs on erlts and record.sh on real
%% erl (with OTP's dbg compiled from its source): dbg's trace lines for
%% messages, processes and calls. Each case prints a header, traces, and
%% stops dbg, which prints everything traced before it returns.
-module(dbg_cases).
-export([run/0, child/1, store/2, echo/0, waiter/0, fact/1, boom/1, wait/1]).

run() ->
    lists:foreach(fun({Name, F}) ->
                          io:format("== ~p~n", [Name]),
                          F(),
                          timer:sleep(100),
                          io:format("stop ~p~n", [dbg:stop()])
                  end,
                  [{messages, fun messages/0},
                   {send_only, fun send_only/0},
                   {receive_only, fun receive_only/0},
                   {processes, fun processes/0},
                   {named_send, fun named_send/0},
                   {calls, fun calls/0},
                   {returns, fun returns/0},
                   {dead_pid, fun dead_pid/0}]).

echo() ->
    receive
        {From, M} -> From ! {echo, M}, echo();
        stop -> ok
    end.

waiter() ->
    receive go -> ok end.

child(X) ->
    receive stop -> X end.

store(Key, Value) -> {stored, Key, Value}.

show(X) -> io:format("~p~n", [X]).

messages() ->
    {ok, _} = dbg:tracer(),
    P = spawn(dbg_cases, echo, []),
    show(dbg:p(P, m)),
    P ! {self(), hello},
    receive {echo, hello} -> ok end,
    P ! {self(), [1, 2, 3]},
    receive {echo, _} -> ok end,
    P ! stop.

send_only() ->
    {ok, _} = dbg:tracer(),
    P = spawn(dbg_cases, echo, []),
    show(dbg:p(P, [s])),
    P ! {self(), {store, weather, fine}},
    receive {echo, _} -> ok end,
    P ! stop.

receive_only() ->
    {ok, _} = dbg:tracer(),
    P = spawn(dbg_cases, echo, []),
    show(dbg:p(P, r)),
    P ! {self(), {lookup, weather}},
    receive {echo, _} -> ok end,
    P ! stop.

processes() ->
    {ok, _} = dbg:tracer(),
    Self = self(),
    P = spawn(fun() ->
                      receive go -> ok end,
                      C = spawn(dbg_cases, child, [x]),
                      link(C),
                      register(dbg_case_proc, self()),
                      unlink(C),
                      C ! stop,
                      Self ! done
              end),
    show(dbg:p(P, [p])),
    P ! go,
    receive done -> ok end.

named_send() ->
    {ok, _} = dbg:tracer(),
    W = spawn(dbg_cases, waiter, []),
    register(dbg_case_waiter, W),
    P = spawn(fun() -> receive go -> dbg_case_waiter ! go end end),
    show(dbg:p(P, [s])),
    show(dbg:p(W, [r, p])),
    P ! go.

calls() ->
    {ok, _} = dbg:tracer(),
    show(dbg:p(self(), [c])),
    show(dbg:tp(dbg_cases, store, 2, [])),
    show(dbg_cases:store(weather, fine)),
    show(dbg:ctp(dbg_cases, store, 2)),
    show(dbg_cases:store(not_traced, now)).

fact(0) -> 1;
fact(N) -> N * fact(N - 1).

boom(X) -> X + 1.

wait(X) -> receive go -> X end.

%% Match specs: x (return and exception lines), c and cx (the caller), a
%% head that picks calls, a guard, {message, false}, numbered saved specs,
%% and a return that comes after the function waited in a receive.
returns() ->
    {ok, _} = dbg:tracer(),
    show(dbg:p(self(), c)),
    show(dbg:tp(dbg_cases, store, x)),
    dbg_cases:store(weather, fine),
    timer:sleep(50),
    show(dbg:tp(dbg_cases, fact, [{[0], [], [{return_trace}]}])),
    dbg_cases:fact(0),
    dbg_cases:fact(2),
    timer:sleep(50),
    show(dbg:tp(dbg_cases, boom, cx)),
    show(dbg:tp(dbg_cases, fact, [{[0], [], [{return_trace}]}])),
    catch dbg_cases:boom(a),
    timer:sleep(50),
    show(dbg:tp(dbg_cases, store, [{['$1', '_'], [{is_atom, '$1'}], [{message, false}, {return_trace}]}])),
    dbg_cases:store(a, 1),
    dbg_cases:store("b", 2),
    timer:sleep(50),
    show(dbg:tp(dbg_cases, wait, x)),
    Self = self(),
    spawn(fun() -> timer:sleep(50), Self ! go end),
    dbg_cases:wait(7),
    timer:sleep(50),
    show(dbg:tp(dbg_cases, store, c)),
    helper().

helper() ->
    dbg_cases:store(from, helper),
    ok.

dead_pid() ->
    {ok, _} = dbg:tracer(),
    P = spawn(fun() -> ok end),
    timer:sleep(20),
    show(dbg:p(P, m)).
