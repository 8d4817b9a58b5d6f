-module(kitty).
-export([main/0]).

-record(cat, {name, color = green, description}).

%% LYSE's kitty server written with raw processes.
start() -> spawn_link(fun() -> loop([]) end).

order(Pid, Name, Color, Desc) ->
    Ref = erlang:monitor(process, Pid),
    Pid ! {self(), Ref, {order, Name, Color, Desc}},
    receive
        {Ref, Cat} -> erlang:demonitor(Ref, [flush]), Cat;
        {'DOWN', Ref, process, Pid, Reason} -> erlang:error(Reason)
    after 5000 -> erlang:error(timeout)
    end.

return_cat(Pid, Cat) -> Pid ! {return, Cat}, ok.

close(Pid) ->
    Ref = erlang:monitor(process, Pid),
    Pid ! {self(), Ref, terminate},
    receive {Ref, ok} -> erlang:demonitor(Ref, [flush]), ok end.

loop(Cats) ->
    receive
        {Pid, Ref, {order, Name, Color, Desc}} ->
            case Cats of
                [] -> Pid ! {Ref, #cat{name = Name, color = Color, description = Desc}}, loop(Cats);
                [C | Cs] -> Pid ! {Ref, C}, loop(Cs)
            end;
        {return, Cat} -> loop([Cat | Cats]);
        {Pid, Ref, terminate} ->
            [io:format("~s was set free.~n", [C#cat.name]) || C <- Cats],
            Pid ! {Ref, ok}
    end.

main() ->
    Pid = start(),
    Cat1 = order(Pid, carl, brown, "loves to burn bridges"),
    io:format("~p~n", [Cat1]),
    return_cat(Pid, Cat1),
    io:format("~p~n", [order(Pid, jimmy, orange, "cuddly")]),
    io:format("~p~n", [order(Pid, jimmy, orange, "cuddly")]),
    return_cat(Pid, #cat{name = tom}),
    ok = close(Pid).
