-module(links_trap_exit).
-export([main/0]).

%% Links and exit signals: normal/kill/other reasons, trap_exit turning them
%% into {'EXIT', Pid, Reason}, exit/2 to self, spawn_link crash propagation,
%% and `killed`.
main() ->
    process_flag(trap_exit, true),
    Self = self(),
    %% normal exit of a linked process arrives as a message when trapping
    P1 = spawn_link(fun() -> ok end),
    io:format("~p~n", [wait_exit(P1)]),
    %% crash reason
    P2 = spawn_link(fun() -> exit(custom_reason) end),
    io:format("~p~n", [wait_exit(P2)]),
    %% a tuple reason (runtime errors would also print a timestamped error
    %% report, so they are left out of this file)
    P3 = spawn_link(fun() -> exit({oops, [detail]}) end),
    io:format("~p~n", [wait_exit(P3)]),
    %% kill: the linked trapping process sees `killed`
    P4 = spawn_link(fun() -> receive _ -> ok end end),
    exit(P4, kill),
    io:format("~p~n", [wait_exit(P4)]),
    %% exit/2 with a normal reason to a non-trapping process does nothing
    P5 = spawn_link(fun() -> receive stop -> ok end end),
    exit(P5, normal),
    timer:sleep(10),
    io:format("~p~n", [is_process_alive(P5)]),
    %% exit/2 with another reason kills a non-trapping process
    exit(P5, shutdown),
    io:format("~p~n", [wait_exit(P5)]),
    %% a process trapping exits receives exit/2 signals as messages
    P6 = spawn_link(fun() ->
                            process_flag(trap_exit, true),
                            receive {'EXIT', From, R} -> Self ! {p6_got, From =:= Self, R} end
                    end),
    timer:sleep(10),
    exit(P6, please_stop),
    receive {p6_got, FromMe, R6} -> io:format("~p~n", [{FromMe, R6}]) end,
    io:format("~p~n", [wait_exit(P6)]),
    %% trapping process cannot trap `kill`
    P7 = spawn_link(fun() -> process_flag(trap_exit, true), receive never -> ok end end),
    timer:sleep(10),
    exit(P7, kill),
    io:format("~p~n", [wait_exit(P7)]),
    %% crash propagation through a chain of links in non-trapping processes
    P8 = spawn_link(fun() ->
                            spawn_link(fun() -> timer:sleep(10), exit(chain_crash) end),
                            receive never -> ok end
                    end),
    io:format("~p~n", [wait_exit(P8)]),
    %% exit/2 to self while trapping gives a message
    exit(self(), to_myself),
    receive {'EXIT', Me, ToMe} -> io:format("~p~n", [{Me =:= Self, ToMe}]) end,
    %% link/unlink
    P9 = spawn(fun() -> receive go -> exit(unlinked_crash) end end),
    link(P9),
    unlink(P9),
    P9 ! go,
    timer:sleep(20),
    io:format("~p~n", [receive {'EXIT', P9, _} -> got_exit after 0 -> no_exit end]),
    %% link to a dead process gives noproc exit when trapping
    Dead = spawn(fun() -> ok end),
    timer:sleep(10),
    link(Dead),
    io:format("~p~n", [wait_exit(Dead)]),
    %% non-trapping process dies with a linked crash; a monitor sees the reason
    {Pa, Ma} = spawn_monitor(fun() ->
                                     spawn_link(fun() -> exit(boom) end),
                                     receive never -> ok end
                             end),
    receive {'DOWN', Ma, process, Pa, Ra} -> io:format("~p~n", [{down, Ra}]) end,
    %% a killed process propagates `killed` to its links
    {Pb, Mb} = spawn_monitor(fun() ->
                                     process_flag(trap_exit, true),
                                     Inner = spawn_link(fun() -> receive never -> ok end end),
                                     Self ! {inner, Inner},
                                     receive {'EXIT', Inner, Why} -> exit({inner_died, Why}) end
                             end),
    receive {inner, In} -> exit(In, kill) end,
    receive {'DOWN', Mb, process, Pb, Rb} -> io:format("~p~n", [Rb]) end,
    %% exit(normal) from a non-trapping linked process does not kill us
    process_flag(trap_exit, false),
    spawn_link(fun() -> exit(normal) end),
    timer:sleep(10),
    io:format("~p~n", [still_alive]),
    %% spawn_link crash takes down a non-trapping parent
    {Pc, Mc} = spawn_monitor(fun() ->
                                     spawn_link(fun() -> exit({badmatch, id(2)}) end),
                                     receive never -> ok end
                             end),
    receive {'DOWN', Mc, process, Pc, {badmatch, 2}} -> io:format("~p~n", [parent_died_badmatch]) end,
    io:format("~p~n", [process_flag(trap_exit, true)]),
    io:format("~p~n", [process_flag(trap_exit, false)]),
    ok.

id(X) -> X.

wait_exit(P) ->
    receive {'EXIT', P, R} -> R after 2000 -> timeout end.
