%% The scenarios test/dbg/dbg.test.ts runs on erlts and record.sh on real
%% erl (with OTP's dbg compiled from its source): dbg's trace lines for
%% messages, processes and calls, global (tp) and local (tpl, on
%% dbg_kvs.erl). Each case prints a header, traces, and
%% stops dbg, which prints everything traced before it returns.
-module(dbg_cases).
-export([run/0, child/1, store/2, echo/0, waiter/0, fact/1, boom/1, wait/1, wait_boom/1]).

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
                   {dead_pid, fun dead_pid/0},
                   {local_loop, fun local_loop/0},
                   {local_returns, fun local_returns/0},
                   {local_match_spec, fun local_match_spec/0},
                   {local_clear, fun local_clear/0},
                   {wait_then_fail, fun wait_then_fail/0},
                   {local_with_messages, fun local_with_messages/0}]).

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

wait_boom(X) -> receive go -> X + 1 end.

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

%% ---- local call tracing (dbg:tpl) on dbg_kvs ----

%% Runs F in a new process traced with Flags; prints what F returned once
%% the trace lines are out.
traced(Flags, F) ->
    Self = self(),
    W = spawn(fun() -> receive go -> Self ! {self(), F()} end end),
    show(dbg:p(W, Flags)),
    W ! go,
    receive {W, R} -> timer:sleep(50), show(R) end.

%% The server loop's tail calls to itself, one per message; with x, each
%% call traced from then on returns when the loop ends.
local_loop() ->
    {ok, _} = dbg:tracer(),
    P = dbg_kvs:start(),
    show(dbg:p(P, [c])),
    show(dbg:tpl(dbg_kvs, loop, [])),
    true = dbg_kvs:store(P, weather, fine),
    true = dbg_kvs:store(P, sky, blue),
    {ok, fine} = dbg_kvs:lookup(P, weather),
    timer:sleep(50),
    show(dbg:tpl(dbg_kvs, loop, x)),
    true = dbg_kvs:store(P, wind, none),
    {ok, blue} = dbg_kvs:lookup(P, sky),
    timer:sleep(50),
    show(dbg:ctpl(dbg_kvs, loop)),
    true = dbg_kvs:store(P, rain, no),
    timer:sleep(50),
    show(dbg:tpl(dbg_kvs, loop, x)),
    stopped = dbg_kvs:stop(P),
    timer:sleep(50).

%% A body recursion with return_trace, the whole module under one pattern
%% (its fun and module_info counted), and tp against tpl: tp sees only the
%% call from outside.
local_returns() ->
    {ok, _} = dbg:tracer(),
    show(dbg:tpl(dbg_kvs, fact, x)),
    traced([c], fun() -> dbg_kvs:fact(3) end),
    show(dbg:tp(dbg_kvs, fact, [])),
    traced([call], fun() -> dbg_kvs:fact(2) end),
    show(dbg:tpl(dbg_kvs, [{'_', [], [{return_trace}]}])),
    traced([c], fun() -> dbg_kvs:pub(a) end).

%% Match specs on the arguments: a head, a guard with the caller, and cx
%% on a call that fails.
local_match_spec() ->
    {ok, _} = dbg:tracer(),
    show(dbg:tpl(dbg_kvs, fact, 1, [{[1], [], []}])),
    traced([c], fun() -> dbg_kvs:fact(3) end),
    show(dbg:tpl(dbg_kvs, priv, [{['$1', '_'], [{is_atom, '$1'}], [{message, {caller}}]}])),
    traced([c], fun() -> {dbg_kvs:pub(a), dbg_kvs:pub("a")} end),
    show(dbg:tpl(dbg_kvs, fact, cx)),
    traced([c], fun() -> catch dbg_kvs:fact(x) end).

%% ctpl and ctp end local patterns; ctpg leaves them.
local_clear() ->
    {ok, _} = dbg:tracer(),
    show(dbg:tpl(dbg_kvs, [])),
    show(dbg:ctpl(dbg_kvs, fact)),
    traced([c], fun() -> {dbg_kvs:fact(1), dbg_kvs:pub(b)} end),
    show(dbg:ctpg(dbg_kvs)),
    traced([c], fun() -> dbg_kvs:pub(c) end),
    show(dbg:ctp(dbg_kvs)),
    traced([c], fun() -> dbg_kvs:pub(d) end),
    show(dbg:tpl(dbg_kvs, pub, 1, [])),
    {ok, _} = dbg:ctpl(),
    traced([c], fun() -> dbg_kvs:pub(e) end).

%% An exception after the traced call waited in a receive: tp's x prints
%% it, alone and while local patterns run the process call by call.
wait_then_fail() ->
    {ok, _} = dbg:tracer(),
    show(dbg:p(self(), c)),
    show(dbg:tp(dbg_cases, wait_boom, x)),
    Self = self(),
    spawn(fun() -> timer:sleep(50), Self ! go end),
    catch dbg_cases:wait_boom(a),
    timer:sleep(50),
    show(dbg:tpl(dbg_kvs, fact, x)),
    spawn(fun() -> timer:sleep(50), Self ! go end),
    catch dbg_cases:wait_boom(dbg_kvs:fact(1)),
    timer:sleep(50),
    spawn(fun() -> timer:sleep(50), Self ! go end),
    catch dbg_cases:wait_boom(b),
    timer:sleep(50).

%% Call lines between the messages of the same process, in its order.
local_with_messages() ->
    {ok, _} = dbg:tracer(),
    P = dbg_kvs:start(),
    show(dbg:tpl(dbg_kvs, loop, x)),
    show(dbg:p(P, [m, c])),
    true = dbg_kvs:store(P, weather, fine),
    stopped = dbg_kvs:stop(P),
    timer:sleep(50).
