-module(preemption).
-export([main/0]).

%% Two processes in infinite loops must not starve the main process: the
%% scheduler preempts them. Kill them afterwards.
main() ->
    Self = self(),
    P1 = spawn(fun() -> Self ! {started, 1}, spin(0) end),
    P2 = spawn(fun() -> Self ! {started, 2}, spin_body(0) end),
    receive {started, 1} -> ok end,
    receive {started, 2} -> ok end,
    io:format("~p~n", [main_still_runs]),
    %% main does real work while they spin
    io:format("~p~n", [lists:sum(lists:seq(1, 100000))]),
    timer:sleep(20),
    io:format("~p~n", [after_sleep]),
    io:format("~p~n", [{is_process_alive(P1), is_process_alive(P2)}]),
    %% a third process can still receive and reply
    P3 = spawn(fun() -> receive {ping, From} -> From ! pong end end),
    P3 ! {ping, Self},
    io:format("~p~n", [receive pong -> pong after 5000 -> timeout end]),
    M1 = monitor(process, P1),
    M2 = monitor(process, P2),
    exit(P1, kill),
    exit(P2, kill),
    receive {'DOWN', M1, process, P1, R1} -> io:format("~p~n", [R1]) end,
    receive {'DOWN', M2, process, P2, R2} -> io:format("~p~n", [R2]) end,
    io:format("~p~n", [{is_process_alive(P1), is_process_alive(P2)}]),
    ok.

spin(N) -> spin(N + 1).

%% A loop that calls other functions and allocates.
spin_body(N) ->
    _ = lists:reverse([N, N + 1, N + 2]),
    spin_body((N + 1) rem 1000).
