-module(receive_after).
-export([main/0]).

%% receive ... after: timeouts 0 and small, infinity with a message present,
%% after without clauses, and timeouts that do not fire.
main() ->
    R0 = receive _ -> got after 0 -> timeout end,
    io:format("~p~n", [R0]),
    self() ! hello,
    R1 = receive hello -> got_hello after 0 -> timeout end,
    io:format("~p~n", [R1]),
    R2 = receive never -> got after 20 -> timed_out_20 end,
    io:format("~p~n", [R2]),
    self() ! x,
    R3 = receive x -> got_x after infinity -> never end,
    io:format("~p~n", [R3]),
    %% sleep through receive after with no clauses
    receive after 10 -> ok end,
    io:format("~p~n", [slept]),
    %% a message sent later by another process arrives before the timeout
    Self = self(),
    spawn(fun() -> receive after 10 -> Self ! late end end),
    R4 = receive late -> got_late after 5000 -> too_slow end,
    io:format("~p~n", [R4]),
    %% timeout computed at run time
    T = list_to_integer("5"),
    R5 = receive nothing -> x after T -> computed_timeout end,
    io:format("~p~n", [R5]),
    %% non-matching messages stay in the mailbox across a timeout
    self() ! keep_me,
    R6 = receive other -> x after 0 -> no_match end,
    {messages, Msgs} = process_info(self(), messages),
    io:format("~p~n", [{R6, Msgs}]),
    receive keep_me -> ok end,
    %% timer:sleep
    timer:sleep(5),
    io:format("~p~n", [done]),
    %% flush helper
    [self() ! N || N <- lists:seq(1, 5)],
    io:format("~p~n", [flush([])]),
    ok.

flush(Acc) ->
    receive M -> flush([M | Acc]) after 0 -> lists:reverse(Acc) end.
