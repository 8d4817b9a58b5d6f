-module(mon).
-export([main/0]).

main() ->
    logger:set_primary_config(level, none),
    {Pid, Ref} = spawn_monitor(fun() -> receive stop -> exit(stopped) end end),
    Pid ! stop,
    receive {'DOWN', Ref, process, Pid, R} -> io:format("down: ~p~n", [R]) end,
    {P2, R2} = spawn_monitor(fun() -> error(bad) end),
    receive {'DOWN', R2, process, P2, {Reason, _Stack}} -> io:format("down: ~p~n", [Reason]) end,
    P3 = spawn(fun() -> receive _ -> ok end end),
    R3 = monitor(process, P3),
    true = demonitor(R3),
    P3 ! go,
    receive {'DOWN', R3, _, _, _} -> io:format("unexpected~n") after 50 -> io:format("no DOWN after demonitor~n") end,
    R4 = monitor(process, no_such_name),
    receive {'DOWN', R4, process, Name, noproc} -> io:format("down: ~p noproc~n", [Name]) end.
