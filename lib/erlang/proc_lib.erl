%% A minimal proc_lib: processes started through it record their ancestors
%% and initial call (as OTP's do, so process_info and crash reports can name
%% them), and start/start_link wait for the child's init_ack.
-module(proc_lib).
-export([spawn/1, spawn/3, spawn_link/1, spawn_link/3,
         start/3, start/4, start_link/3, start_link/4,
         init_ack/1, init_ack/2, init_p/5, stop/1, stop/3]).

spawn(F) -> erlang:spawn(?MODULE, init_p, [self(), ancestors(), erlang, apply, [F, []]]).
spawn(M, F, A) -> erlang:spawn(?MODULE, init_p, [self(), ancestors(), M, F, A]).
spawn_link(F) -> erlang:spawn_link(?MODULE, init_p, [self(), ancestors(), erlang, apply, [F, []]]).
spawn_link(M, F, A) -> erlang:spawn_link(?MODULE, init_p, [self(), ancestors(), M, F, A]).

start(M, F, A) -> start(M, F, A, infinity).
start(M, F, A, Timeout) ->
    {Pid, Mref} = erlang:spawn_monitor(?MODULE, init_p, [self(), ancestors(), M, F, A]),
    sync_start(Pid, Mref, Timeout).

start_link(M, F, A) -> start_link(M, F, A, infinity).
start_link(M, F, A, Timeout) ->
    Pid = erlang:spawn_link(?MODULE, init_p, [self(), ancestors(), M, F, A]),
    Mref = erlang:monitor(process, Pid),
    sync_start(Pid, Mref, Timeout).

sync_start(Pid, Mref, Timeout) ->
    receive
        {ack, Pid, Return} ->
            erlang:demonitor(Mref, [flush]),
            Return;
        {'DOWN', Mref, process, Pid, Reason} ->
            {error, Reason}
    after Timeout ->
            erlang:demonitor(Mref, [flush]),
            unlink(Pid),
            exit(Pid, kill),
            flush_exit(Pid),
            {error, timeout}
    end.

flush_exit(Pid) ->
    receive {'EXIT', Pid, _} -> ok after 0 -> ok end.

init_ack(Return) ->
    [Parent | _] = get('$ancestors'),
    init_ack(Parent, Return).
init_ack(Parent, Return) ->
    Parent ! {ack, self(), Return},
    ok.

init_p(Parent, Ancestors, M, F, A) ->
    %% This order lists them as erl does in process_info(P, dictionary).
    put('$initial_call', initial_call(M, F, A)),
    put('$ancestors', [Parent | Ancestors]),
    apply(M, F, A).

%% gen_server's real entry is gen_server:init_it/6; erl records the
%% callback module's init/1 as the initial call.
initial_call(gen_server, init_it, [_, _, _, Mod, _, _]) -> {Mod, init, 1};
initial_call(erlang, apply, [Fun, []]) when is_function(Fun) ->
    {module, Mod} = erlang:fun_info(Fun, module),
    {name, Name} = erlang:fun_info(Fun, name),
    {Mod, Name, 0};
initial_call(M, F, A) -> {M, F, length(A)}.

ancestors() ->
    case get('$ancestors') of
        L when is_list(L) -> L;
        _ -> []
    end.

stop(Process) -> stop(Process, normal, infinity).
stop(Process, Reason, Timeout) ->
    case is_atom(Process) andalso whereis(Process) =:= undefined of
        true -> exit(noproc);
        false -> ok
    end,
    Mref = erlang:monitor(process, Process),
    Tag = make_ref(),
    Process ! {system, {self(), Tag}, {terminate, Reason}},
    receive
        {'DOWN', Mref, _, _, Reason} -> ok;
        {'DOWN', Mref, _, _, noproc} -> exit(noproc);
        {'DOWN', Mref, _, _, Other} -> exit(Other)
    after Timeout ->
            erlang:demonitor(Mref, [flush]),
            exit(timeout)
    end.
