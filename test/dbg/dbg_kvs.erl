%% The guide's kvs server, for dbg_cases' local call tracing (dbg:tpl):
%% its loop's tail calls to itself, a body recursion, a local call chain.
-module(dbg_kvs).
-export([start/0, store/3, lookup/2, stop/1, fact/1, pub/1]).

start() -> spawn(fun() -> loop(#{}) end).

store(Pid, Key, Value) -> call(Pid, {store, Key, Value}).

lookup(Pid, Key) -> call(Pid, {lookup, Key}).

stop(Pid) -> call(Pid, stop).

call(Pid, Request) ->
    Pid ! {self(), Request},
    receive
        {kvs, Reply} -> Reply
    end.

loop(Table) ->
    receive
        {From, {store, Key, Value}} ->
            From ! {kvs, true},
            loop(Table#{Key => Value});
        {From, {lookup, Key}} ->
            From ! {kvs, maps:find(Key, Table)},
            loop(Table);
        {From, stop} ->
            From ! {kvs, stopped},
            maps:size(Table)
    end.

fact(0) -> 1;
fact(N) -> N * fact(N - 1).

pub(X) -> priv(X, 1).

priv(X, _) when is_integer(X) -> X + 1;
priv(X, Y) -> {X, Y}.
