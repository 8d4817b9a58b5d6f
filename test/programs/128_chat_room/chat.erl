-module(chat).
-export([main/0]).

%% A chat room process that relays messages to every member but the sender.
room(Members) ->
    receive
        {join, Name, Pid, From} ->
            [P ! {msg, system, Name ++ " joined"} || {_, P} <- Members],
            From ! joined,
            room([{Name, Pid} | Members]);
        {say, From, Text} ->
            [P ! {msg, From, Text} || {N, P} <- Members, N =/= From],
            room(Members);
        {leave, Name, Pid} ->
            Pid ! left,
            room(lists:keydelete(Name, 1, Members));
        {members, Pid} -> Pid ! {members, lists:sort([N || {N, _} <- Members])}, room(Members)
    end.

user(Name, Parent) ->
    receive
        {msg, From, Text} -> Parent ! {Name, heard, From, Text}, user(Name, Parent);
        stop -> ok
    end.

main() ->
    Room = spawn(fun() -> room([]) end),
    Self = self(),
    Users = [{N, spawn(fun() -> user(N, Self) end)} || N <- ["ann", "bob", "cid"]],
    [begin Room ! {join, N, P, self()}, receive joined -> ok end end || {N, P} <- [hd(Users)]],
    [begin Room ! {join, N, P, self()}, receive joined -> ok end end || {N, P} <- tl(Users)],
    Room ! {members, self()},
    receive {members, Ms} -> io:format("members: ~p~n", [Ms]) end,
    Room ! {say, "bob", "hello all"},
    Heard = [receive {Who, heard, From, Text} -> {Who, From, Text} end || _ <- lists:seq(1, 5)],
    [io:format("~p~n", [H]) || H <- lists:sort(Heard)],
    Room ! {leave, "cid", self()},
    receive left -> ok end,
    Room ! {members, self()},
    receive {members, Ms2} -> io:format("members: ~p~n", [Ms2]) end.
