%% observer: erl's opens a window of wx widgets; erlts's opens the live view
%% (erlts_observer), a web page drawing this node's processes and messages,
%% and prints where it is.
-module(observer).
-export([start/0, stop/0]).

start() ->
    case erlts_observer:start(0) of
        {ok, Url} ->
            io:format("Live view of ~p: ~s~n", [node(), Url]),
            ok;
        {error, Reason} ->
            {error, Reason}
    end.

stop() -> erlts_observer:stop().
