-module(counter).
-export([start/0, stop/0, bump/0, loop/1]).

start() ->
    io:format("counter starting~n"),
    register(counter, spawn(?MODULE, loop, [0])).

stop() ->
    io:format("counter stopping~n"),
    counter ! stop.

bump() ->
    counter ! {bump, self()},
    receive {count, N} -> N end.

loop(N) ->
    receive
        {bump, From} ->
            io:format("bumped to ~p~n", [N + 1]),
            From ! {count, N + 1},
            loop(N + 1);
        stop ->
            ok
    end.
