-module(mailbox).
-export([main/0]).

main() ->
    self() ! {low, 1},
    self() ! {high, 1},
    self() ! {low, 2},
    self() ! {high, 2},
    self() ! other,
    io:format("~p~n", [important()]),
    io:format("~p~n", [flush()]),
    receive after 0 -> io:format("empty: ~p~n", [process_info(self(), message_queue_len)]) end.

%% High-priority messages first, then the rest in arrival order.
important() ->
    receive {high, N} -> [{high, N} | important()]
    after 0 -> normal()
    end.

normal() ->
    receive {low, N} -> [{low, N} | normal()]
    after 0 -> []
    end.

flush() ->
    receive M -> [M | flush()] after 0 -> [] end.
