-module(links).
-export([main/0]).

main() ->
    %% Crash reports carry a time stamp and a pid: keep them out of the output.
    logger:set_primary_config(level, none),
    process_flag(trap_exit, true),
    P1 = spawn_link(fun() -> ok end),
    receive {'EXIT', P1, R1} -> io:format("normal exit: ~p~n", [R1]) end,
    P2 = spawn_link(fun() -> exit(boom) end),
    receive {'EXIT', P2, R2} -> io:format("exit: ~p~n", [R2]) end,
    P3 = spawn_link(fun() -> {ok, _} = file:open("/nonexistent/dir/f", [read]) end),
    receive {'EXIT', P3, {R3, _}} -> io:format("error: ~p~n", [R3]) end,
    P4 = spawn_link(fun() -> receive never -> ok end end),
    exit(P4, kill),
    receive {'EXIT', P4, R4} -> io:format("killed: ~p~n", [R4]) end,
    %% A chain: the middle process dies and takes the end with it.
    Parent = self(),
    Middle = spawn(fun() ->
                           End = spawn_link(fun() -> receive after infinity -> ok end end),
                           Parent ! {end_pid, End},
                           receive go -> exit(chain_broken) end
                   end),
    End = receive {end_pid, E} -> E end,
    Ref = monitor(process, End),
    Middle ! go,
    receive {'DOWN', Ref, process, End, Why} -> io:format("end of chain: ~p~n", [Why]) end,
    Ref2 = monitor(process, End),
    receive {'DOWN', Ref2, process, End, Why2} -> io:format("monitor on dead: ~p~n", [Why2]) end.
