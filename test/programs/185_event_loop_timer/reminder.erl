-module(reminder).
-export([main/0]).

%% Events that fire after a delay, each a process, reporting to a server.
event(Server, Name, Delay) ->
    receive
        cancel -> Server ! {cancelled, Name}
    after Delay -> Server ! {done, Name}
    end.

main() ->
    Self = self(),
    Events = [{N, spawn(fun() -> event(Self, N, D) end)} || {N, D} <- [{tea, 30}, {call_mom, 60}, {laundry, 10}]],
    {call_mom, Mom} = lists:keyfind(call_mom, 1, Events),
    Mom ! cancel,
    [receive Msg -> io:format("~p~n", [Msg]) end || _ <- Events],
    ok.
