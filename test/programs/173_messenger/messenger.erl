-module(messenger).
-export([main/0]).

%% A single-node version of the Getting Started guide's messenger.
server(Users) ->
    receive
        {From, logon, Name} ->
            case lists:keymember(Name, 2, Users) of
                true -> From ! {messenger, stop, user_exists_at_other_node}, server(Users);
                false -> From ! {messenger, logged_on}, server([{From, Name} | Users])
            end;
        {From, logoff} -> server(lists:keydelete(From, 1, Users));
        {From, message_to, To, Message} ->
            case lists:keyfind(From, 1, Users) of
                false -> From ! {messenger, stop, you_are_not_logged_on};
                {_, Name} ->
                    case lists:keyfind(To, 2, Users) of
                        false -> From ! {messenger, receiver_not_found};
                        {ToPid, To} -> ToPid ! {message_from, Name, Message}, From ! {messenger, sent}
                    end
            end,
            server(Users)
    end.

client(Server, Name, Parent) ->
    Server ! {self(), logon, Name},
    receive {messenger, R} -> Parent ! {Name, R} end,
    client_loop(Server, Name, Parent).

client_loop(Server, Name, Parent) ->
    receive
        {send, To, Msg} ->
            Server ! {self(), message_to, To, Msg},
            receive {messenger, R} -> Parent ! {Name, R} end,
            client_loop(Server, Name, Parent);
        {message_from, From, Msg} -> Parent ! {Name, got, From, Msg}, client_loop(Server, Name, Parent);
        logoff -> Server ! {self(), logoff}, Parent ! {Name, logged_off}
    end.

main() ->
    S = spawn(fun() -> server([]) end),
    Self = self(),
    Peter = spawn(fun() -> client(S, peter, Self) end),
    receive {peter, _} = A -> io:format("~p~n", [A]) end,
    James = spawn(fun() -> client(S, james, Self) end),
    receive {james, _} = B -> io:format("~p~n", [B]) end,
    Peter ! {send, james, "hello James"},
    Msgs = [receive M -> M end || _ <- [1, 2]],
    [io:format("~p~n", [M]) || M <- lists:sort(Msgs)],
    James ! {send, fred, "anybody?"},
    receive {james, R} -> io:format("~p~n", [R]) end,
    James ! logoff,
    receive {james, logged_off} -> io:format("james logged off~n") end,
    Peter ! {send, james, "still there?"},
    receive {peter, R2} -> io:format("~p~n", [R2]) end.
