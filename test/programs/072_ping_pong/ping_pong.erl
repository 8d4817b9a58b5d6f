-module(ping_pong).
-export([main/0, ping/2, pong/0]).

%% The example from the Getting Started guide, with a registered pong.
ping(0, _) ->
    pong ! finished,
    io:format("ping finished~n");
ping(N, Pong) ->
    Pong ! {ping, self()},
    receive pong -> io:format("Ping received pong~n") end,
    ping(N - 1, Pong).

pong() ->
    receive
        finished -> io:format("Pong finished~n");
        {ping, Ping} ->
            io:format("Pong received ping~n"),
            Ping ! pong,
            pong()
    end.

main() ->
    register(pong, spawn(ping_pong, pong, [])),
    Ping = spawn_link(ping_pong, ping, [3, pong]),
    Ref = monitor(process, whereis(pong)),
    receive {'DOWN', Ref, process, _, Reason} -> io:format("pong exited: ~p~n", [Reason]) end,
    io:format("ping alive: ~p~n", [is_pid(Ping)]).
