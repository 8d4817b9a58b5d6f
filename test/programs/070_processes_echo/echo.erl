-module(echo).
-export([main/0, loop/0]).

loop() ->
    receive
        {From, stop} -> From ! {self(), stopped};
        {From, Msg} -> From ! {self(), {echo, Msg}}, loop()
    end.

main() ->
    Pid = spawn(echo, loop, []),
    [begin
         Pid ! {self(), M},
         receive {Pid, Reply} -> io:format("got ~p~n", [Reply]) end
     end || M <- [hello, 42, "a string", {tuple, [list]}]],
    Pid ! {self(), stop},
    receive {Pid, stopped} -> io:format("echo stopped~n") end,
    io:format("alive: ~w~n", [is_process_alive(Pid)]).
