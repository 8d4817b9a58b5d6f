-module(monitors).
-export([main/0]).

%% Monitors: 'DOWN' messages with reasons, noproc, demonitor with flush,
%% several monitors on one process, spawn_monitor.
main() ->
    P1 = spawn(fun() -> receive go -> exit(my_reason) end end),
    M1 = monitor(process, P1),
    io:format("~p~n", [is_reference(M1)]),
    P1 ! go,
    receive {'DOWN', M1, process, P1, R1} -> io:format("~p~n", [R1]) end,
    %% monitoring a dead process: immediate noproc
    M2 = monitor(process, P1),
    receive {'DOWN', M2, process, P1, R2} -> io:format("~p~n", [R2]) end,
    %% normal exit
    {P3, M3} = spawn_monitor(fun() -> ok end),
    receive {'DOWN', M3, process, P3, R3} -> io:format("~p~n", [R3]) end,
    %% tuple reason (runtime errors also print a timestamped error report, so
    %% they are left out)
    {P4, M4} = spawn_monitor(fun() -> exit({bad, [1, 2]}) end),
    receive {'DOWN', M4, process, P4, R4} -> io:format("~p~n", [R4]) end,
    %% demonitor before exit: no DOWN
    P5 = spawn(fun() -> receive go -> ok end end),
    M5 = monitor(process, P5),
    true = demonitor(M5),
    P5 ! go,
    timer:sleep(20),
    io:format("~p~n", [receive {'DOWN', M5, _, _, _} -> got_down after 0 -> no_down end]),
    %% demonitor with flush removes a DOWN already delivered
    {P6, M6} = spawn_monitor(fun() -> ok end),
    timer:sleep(20),
    io:format("~p~n", [demonitor(M6, [flush])]),
    io:format("~p~n", [receive {'DOWN', M6, _, P6, _} -> got_down after 0 -> flushed end]),
    %% demonitor info option
    P7 = spawn(fun() -> receive go -> ok end end),
    M7 = monitor(process, P7),
    io:format("~p~n", [demonitor(M7, [info])]),
    io:format("~p~n", [demonitor(M7, [info])]),
    P7 ! go,
    %% two monitors on the same process, both fire
    P8 = spawn(fun() -> receive go -> exit(twice) end end),
    Ma = monitor(process, P8),
    Mb = monitor(process, P8),
    io:format("~p~n", [Ma =/= Mb]),
    P8 ! go,
    Ra = receive {'DOWN', Ma, process, P8, X} -> X end,
    Rb = receive {'DOWN', Mb, process, P8, Y} -> Y end,
    io:format("~p~n", [{Ra, Rb}]),
    %% monitor a registered name
    P9 = spawn(fun() -> receive go -> exit(named_down) end end),
    register(watched, P9),
    M9 = monitor(process, watched),
    P9 ! go,
    receive {'DOWN', M9, process, Who, R9} -> io:format("~p~n", [{Who, R9}]) end,
    %% monitor an unregistered name
    M10 = monitor(process, nobody_here),
    receive {'DOWN', M10, process, Who10, R10} -> io:format("~p~n", [{Who10, R10}]) end,
    %% killed
    {P11, M11} = spawn_monitor(fun() -> receive never -> ok end end),
    exit(P11, kill),
    receive {'DOWN', M11, process, P11, R11} -> io:format("~p~n", [R11]) end,
    %% the monitoring process does not die with the monitored one
    {_, M12} = spawn_monitor(fun() -> exit(crash) end),
    receive {'DOWN', M12, _, _, R12} -> io:format("~p~n", [{alive_after, R12}]) end,
    ok.
