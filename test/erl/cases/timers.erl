-module(timers).
-export([main/0]).

%% Timers: erlang:send_after, cancel_timer, start_timer, read_timer,
%% receive after 0, timer:sleep, message order of timers.
main() ->
    T1 = erlang:send_after(30, self(), fired),
    io:format("~p~n", [is_reference(T1)]),
    io:format("~p~n", [receive fired -> too_early after 0 -> not_yet end]),
    io:format("~p~n", [receive fired -> fired after 2000 -> timeout end]),
    %% cancel before firing
    T2 = erlang:send_after(50, self(), should_not_arrive),
    Left = erlang:cancel_timer(T2),
    io:format("~p~n", [is_integer(Left) andalso Left > 0 andalso Left =< 50]),
    timer:sleep(80),
    io:format("~p~n", [receive should_not_arrive -> arrived after 0 -> cancelled end]),
    %% cancel after firing returns false
    T3 = erlang:send_after(0, self(), quick),
    receive quick -> ok end,
    io:format("~p~n", [erlang:cancel_timer(T3)]),
    %% start_timer sends {timeout, Ref, Msg}
    T4 = erlang:start_timer(10, self(), tick),
    receive {timeout, T4Ref, tick} -> io:format("~p~n", [T4Ref =:= T4]) end,
    %% timers fire in order of their time
    erlang:send_after(40, self(), third),
    erlang:send_after(10, self(), first),
    erlang:send_after(25, self(), second),
    io:format("~p~n", [[receive M -> M end || _ <- [1, 2, 3]]]),
    %% read_timer
    T5 = erlang:send_after(1000, self(), later),
    R5 = erlang:read_timer(T5),
    io:format("~p~n", [is_integer(R5) andalso R5 > 0 andalso R5 =< 1000]),
    erlang:cancel_timer(T5),
    io:format("~p~n", [erlang:read_timer(T5)]),
    %% send_after to a registered name
    register(me, self()),
    erlang:send_after(5, me, by_name),
    io:format("~p~n", [receive by_name -> by_name after 1000 -> timeout end]),
    %% timer module
    {ok, TRef} = timer:send_after(10, self(), from_timer_module),
    io:format("~p~n", [receive from_timer_module -> got after 1000 -> timeout end]),
    _ = TRef,
    %% a timer to a dead process is harmless
    Dead = spawn(fun() -> ok end),
    erlang:send_after(5, Dead, nobody),
    timer:sleep(20),
    io:format("~p~n", [done]),
    %% after 0 polls the mailbox
    self() ! a,
    self() ! b,
    io:format("~p~n", [poll()]),
    %% elapsed time with monotonic time is at least the sleep
    Start = erlang:monotonic_time(millisecond),
    timer:sleep(50),
    Elapsed = erlang:monotonic_time(millisecond) - Start,
    io:format("~p~n", [Elapsed >= 50]),
    ok.

poll() ->
    receive X -> [X | poll()] after 0 -> [] end.
