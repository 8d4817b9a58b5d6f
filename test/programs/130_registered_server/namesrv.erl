-module(namesrv).
-export([main/0, start/0, loop/1]).

start() ->
    case whereis(?MODULE) of
        undefined -> register(?MODULE, spawn(?MODULE, loop, [0])), started;
        _ -> already_running
    end.

loop(N) ->
    receive
        {From, next} -> From ! {?MODULE, N}, loop(N + 1);
        {From, stop} -> From ! {?MODULE, stopped}
    end.

rpc(Q) ->
    ?MODULE ! {self(), Q},
    receive {?MODULE, R} -> R end.

main() ->
    io:format("~p~n", [start()]),
    io:format("~p~n", [start()]),
    io:format("~p~n", [[rpc(next) || _ <- lists:seq(1, 5)]]),
    io:format("~p~n", [lists:member(?MODULE, registered())]),
    io:format("~p~n", [rpc(stop)]),
    timer:sleep(10),
    io:format("~p~n", [whereis(?MODULE)]),
    io:format("~p~n", [catch ?MODULE ! hello]).
