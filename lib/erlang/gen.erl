%% gen: what gen_server and gen_statem share, as in OTP: starting a
%% process under a name, and the call protocol. Its do_call/4 is where a
%% caller waits for the reply; the -file line is OTP 25's, which a waiting
%% client's stack trace shows (in a server's crash report).
-module(gen).
-export([start/6, register_name/1, unregister_name/1, call/3, call/4]).

%% GenMod:init_it/6 runs in the new process; Link is link, nolink or monitor.
start(GenMod, Link, Name, Mod, Args, Opts) ->
    case registered(Name) of
        Pid when is_pid(Pid) ->
            {error, {already_started, Pid}};
        _ ->
            Timeout = proplists:get_value(timeout, Opts, infinity),
            InitArgs = [self(), self(), Name, Mod, Args, Opts],
            case Link of
                link -> proc_lib:start_link(GenMod, init_it, InitArgs, Timeout);
                nolink -> proc_lib:start(GenMod, init_it, InitArgs, Timeout);
                monitor ->
                    case proc_lib:start(GenMod, init_it, InitArgs, Timeout) of
                        {ok, Pid} -> {ok, {Pid, erlang:monitor(process, Pid)}};
                        Other -> Other
                    end
            end
    end.

%% The process a start name ({local, N}, {via, M, N}...) stands for now.
registered(self) -> undefined;
registered({local, Name}) -> whereis(Name);
registered({global, Name}) -> global:whereis_name(Name);
registered({via, Mod, Name}) -> Mod:whereis_name(Name).

register_name(self) -> true;
register_name({local, Name}) ->
    try register(Name, self())
    catch error:badarg -> {false, whereis(Name)}
    end;
register_name({via, Mod, Name}) ->
    case Mod:register_name(Name, self()) of
        yes -> true;
        no -> {false, Mod:whereis_name(Name)}
    end;
register_name({global, Name}) ->
    case global:register_name(Name, self()) of
        yes -> true;
        no -> {false, global:whereis_name(Name)}
    end.

unregister_name({local, Name}) -> catch unregister(Name), ok;
unregister_name({via, Mod, Name}) -> catch Mod:unregister_name(Name), ok;
unregister_name({global, Name}) -> catch global:unregister_name(Name), ok;
unregister_name(_) -> ok.

call(Process, Label, Request) -> call(Process, Label, Request, infinity).

call(Process, Label, Request, Timeout) ->
    case where(Process) of
        undefined -> exit(noproc);
        Pid -> do_call(Pid, Label, Request, Timeout)
    end.

where(Pid) when is_pid(Pid) -> Pid;
where(Name) when is_atom(Name) -> whereis(Name);
%% {global, Name} first: it would match {Name, Node} too.
where({global, Name}) -> global:whereis_name(Name);
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
