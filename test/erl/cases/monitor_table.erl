-module(monitor_table).
-export([main/0]).

%% Monitors held and monitors on a process, few and many (past the 16 a
%% process keeps in a flat table before a map), taken away in any order;
%% the DOWN messages, their order and what process_info says; demonitor/2's
%% options and its errors; a ring of processes parking in receive and a
%% selective receive passing over other messages.
main() ->
    few(),
    many(40),
    down_order(),
    options(),
    errors(),
    ring(50, 20),
    selective().

few() ->
    P = spawn(fun() -> receive stop -> ok end end),
    R1 = monitor(process, P),
    R2 = monitor(process, P),
    io:format("few: ~w ~w~n", [length(mons(self())), length(by(P))]),
    io:format("demonitor R1: ~w, again: ~w~n", [demonitor(R1), demonitor(R1)]),
    io:format("left: ~w ~w~n", [length(mons(self())), length(by(P))]),
    P ! stop,
    receive {'DOWN', R2, process, P, Why} -> io:format("down R2: ~w~n", [Why]) end,
    io:format("after down: ~w~n", [length(mons(self()))]).

many(N) ->
    P = spawn(fun() -> receive stop -> ok end end),
    Refs = [monitor(process, P) || _ <- lists:seq(1, N)],
    io:format("many: ~w ~w~n", [length(mons(self())), length(by(P))]),
    %% Every third one goes, from the end.
    Gone = [R || {I, R} <- lists:zip(lists:seq(1, N), Refs), I rem 3 =:= 0],
    [true = demonitor(R, [flush]) || R <- lists:reverse(Gone)],
    [false = demonitor(R, [info]) || R <- Gone],
    Kept = Refs -- Gone,
    io:format("kept: ~w ~w ~w~n", [length(Kept), length(mons(self())), length(by(P))]),
    P ! stop,
    Downs = [receive {'DOWN', R, process, P, W} -> W end || R <- Kept],
    io:format("downs: ~w ~w~n", [length(Downs), lists:usort(Downs)]),
    receive Other -> io:format("unexpected: ~w~n", [Other]) after 0 -> ok end.

%% One watcher monitoring one process several times: the DOWN messages
%% come in the order the monitors were made, also after some went.
down_order() ->
    P = spawn(fun() -> receive stop -> ok end end),
    Refs = [monitor(process, P) || _ <- lists:seq(1, 6)],
    [R1, _, R3 | _] = Refs,
    demonitor(R1),
    demonitor(R3),
    P ! stop,
    Got = [receive {'DOWN', R, process, P, normal} -> R end || _ <- lists:seq(1, 4)],
    Expected = Refs -- [R1, R3],
    io:format("down order kept: ~w~n", [Got =:= Expected]).

options() ->
    P = spawn(fun() -> receive stop -> ok end end),
    R = monitor(process, P),
    self() ! {'DOWN', R, process, P, fake},
    io:format("flush+info: ~w~n", [demonitor(R, [flush, info])]),
    io:format("flushed: ~w~n", [receive {'DOWN', R, _, _, _} -> yes after 0 -> no end]),
    R2 = monitor(process, P),
    io:format("info: ~w ~w~n", [demonitor(R2, [info]), demonitor(R2, [info])]),
    io:format("none: ~w ~w~n", [demonitor(monitor(process, P), []), demonitor(make_ref(), [])]),
    P ! stop.

errors() ->
    R = make_ref(),
    Cases = [[foo, bar], [foo, []], [R, [flush | x]], [R, [x]], [R, [flush, x | y]], [R, foo]],
    [io:format("~w: ~w~n", [N, catch_badarg(Args)]) || {N, Args} <- lists:zip(lists:seq(1, length(Cases)), Cases)],
    io:format("demonitor/1: ~w~n", [catch_badarg1(foo)]).

catch_badarg(Args) ->
    try apply(erlang, demonitor, Args) of
        V -> {ok, V}
    catch
        error:badarg:S ->
            [{erlang, demonitor, A, Info} | _] = S,
            {badarg, length(A), maps:get(cause, proplists:get_value(error_info, Info, #{}), none)}
    end.

catch_badarg1(X) ->
    try demonitor(X) of
        V -> {ok, V}
    catch
        error:badarg:S -> [{erlang, demonitor, A, _} | _] = S, {badarg, length(A)}
    end.

%% N processes in a ring pass a token K times around; each hop adds the
%% position of the process that passes it on.
ring(N, K) ->
    Self = self(),
    Pids = [spawn(fun() -> hop(I, Self) end) || I <- lists:seq(1, N)],
    Next = tl(Pids) ++ [hd(Pids)],
    [P ! {next, Q} || {P, Q} <- lists:zip(Pids, Next)],
    hd(Pids) ! {token, N * K, 0},
    Sum = receive {done, S} -> S end,
    [P ! stop || P <- Pids],
    io:format("ring: ~w~n", [Sum]).

hop(I, Parent) ->
    receive {next, Next} -> hop(I, Next, Parent) end.

hop(I, Next, Parent) ->
    receive
        {token, 1, Acc} -> Parent ! {done, Acc + I}, hop(I, Next, Parent);
        {token, Left, Acc} -> Next ! {token, Left - 1, Acc + I}, hop(I, Next, Parent);
        stop -> ok
    end.

%% Replies picked out by their tag from behind other messages, which stay in order.
selective() ->
    Tag = make_ref(),
    Echo = spawn(fun Loop() -> receive {From, T, X} -> From ! {T, X * 2}, Loop(); stop -> ok end end),
    [self() ! {noise, I} || I <- lists:seq(1, 5)],
    Sum = lists:sum([begin Echo ! {self(), Tag, I}, receive {Tag, R} -> R end end || I <- lists:seq(1, 100)]),
    Echo ! stop,
    Noise = [receive {noise, I} -> I end || _ <- lists:seq(1, 5)],
    io:format("selective: ~w ~w~n", [Sum, Noise]).

mons(P) -> {monitors, M} = process_info(P, monitors), M.
by(P) -> {monitored_by, M} = process_info(P, monitored_by), M.
