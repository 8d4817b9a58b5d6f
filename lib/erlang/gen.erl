%% gen: the call protocol under gen_server:call/2,3. Its do_call/4 is where
%% a caller waits for the reply; the -file line is OTP 25's, which a
%% waiting client's stack trace shows (in a server's crash report).
-module(gen).
-export([call/3, call/4]).

call(Process, Label, Request) -> call(Process, Label, Request, infinity).

call(Process, Label, Request, Timeout) ->
    case where(Process) of
        undefined -> exit(noproc);
        Pid -> do_call(Pid, Label, Request, Timeout)
    end.

where(Pid) when is_pid(Pid) -> Pid;
where(Name) when is_atom(Name) -> whereis(Name);
%% {global, Name} first: it would match {Name, Node} too. No global names here.
where({global, _}) -> undefined;
where({Name, Node}) when is_atom(Name), Node =:= node() -> whereis(Name);
where({Name, Node} = Dest) when is_atom(Name), is_atom(Node) -> Dest;
where({via, Mod, Name}) ->
    case Mod:whereis_name(Name) of
        Pid when is_pid(Pid) -> Pid;
        _ -> undefined
    end.

-file("gen.erl", 250).
do_call(Process, Label, Request, Timeout) ->
    Mref = erlang:monitor(process, Process),
    Process ! {Label, {self(), Mref}, Request},
    %% (the receive is at OTP's line 256)
    %%
    receive
        {Mref, Reply} ->
            erlang:demonitor(Mref, [flush]),
            {ok, Reply};
        {'DOWN', Mref, _, _, noconnection} ->
            exit(nodedown);
        {'DOWN', Mref, _, _, Reason} ->
            exit(Reason)
    after Timeout ->
            erlang:demonitor(Mref, [flush]),
            exit(timeout)
    end.
