%% A minimal proc_lib: processes started through it record their ancestors
%% and initial call (as OTP's do, so process_info and crash reports can name
%% them), and start/start_link wait for the child's init_ack.
-module(proc_lib).
-export([spawn/1, spawn/3, spawn_link/1, spawn_link/3,
         start/3, start/4, start_link/3, start_link/4,
         init_ack/1, init_ack/2, init_p/5, init_p_do_apply/3, stop/1, stop/3,
         initial_call/1, translate_initial_call/1, parent_pid/1]).

spawn(F) -> erlang:spawn(?MODULE, init_p, [my_name(), ancestors(), erlang, apply, [F, []]]).
spawn(M, F, A) -> erlang:spawn(?MODULE, init_p, [my_name(), ancestors(), M, F, A]).
spawn_link(F) -> erlang:spawn_link(?MODULE, init_p, [my_name(), ancestors(), erlang, apply, [F, []]]).
spawn_link(M, F, A) -> erlang:spawn_link(?MODULE, init_p, [my_name(), ancestors(), M, F, A]).

start(M, F, A) -> start(M, F, A, infinity).
start(M, F, A, Timeout) ->
    {Pid, Mref} = erlang:spawn_monitor(?MODULE, init_p, [my_name(), ancestors(), M, F, A]),
    sync_start(Pid, Mref, Timeout).

start_link(M, F, A) -> start_link(M, F, A, infinity).
start_link(M, F, A, Timeout) ->
    Pid = erlang:spawn_link(?MODULE, init_p, [my_name(), ancestors(), M, F, A]),
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
    init_ack(parent_pid(Parent), Return).
init_ack(Parent, Return) ->
    Parent ! {ack, self(), Return},
    ok.

init_p(Parent, Ancestors, M, F, A) ->
    %% This order lists them as erl does in process_info(P, dictionary).
    put('$initial_call', initial_call(M, F, A)),
    put('$ancestors', [Parent | Ancestors]),
    init_p_do_apply(M, F, A).

%% OTP's line: the bottom frame of a crashing proc_lib process's stack trace.
-file("proc_lib.erl", 238).
init_p_do_apply(M, F, A) ->
    try apply(M, F, A)
    catch
        Class:Reason:Stacktrace -> exit_p(Class, Reason, Stacktrace)
    end.
-file("proc_lib.erl", 100).

%% A crash is reported (=CRASH REPORT====), then the process exits with
%% the exception's exit reason as class exit, so the emulator adds no
%% report of its own.
exit_p(Class, Reason, Stacktrace) ->
    crash_report(Class, Reason, Stacktrace),
    erlang:raise(exit, exit_reason(Class, Reason, Stacktrace), Stacktrace).

exit_reason(error, Reason, Stacktrace) -> {Reason, Stacktrace};
exit_reason(exit, Reason, _Stacktrace) -> Reason;
exit_reason(throw, Reason, Stacktrace) -> {{nocatch, Reason}, Stacktrace}.

crash_report(exit, normal, _) -> ok;
crash_report(exit, shutdown, _) -> ok;
crash_report(exit, {shutdown, _}, _) -> ok;
crash_report(Class, Reason, Stacktrace) ->
    Own = [initial_call_info(),
           {pid, self()},
           {registered_name, registered_name(self())},
           {error_info, {Class, Reason, Stacktrace}},
           {ancestors, ancestors()},
           process_info(self(), message_queue_len),
           process_info(self(), messages),
           process_info(self(), links),
           {dictionary, [KV || {K, _} = KV <- get(), K =/= '$ancestors', K =/= '$initial_call']},
           process_info(self(), trap_exit),
           process_info(self(), status),
           process_info(self(), heap_size),
           process_info(self(), stack_size),
           process_info(self(), reductions)],
    Neighbours = [{neighbour, neighbour_report(P)} || P <- neighbours(self())],
    case logger:allow(error, ?MODULE) of
        true -> erlts_crash:report([I || I <- Own, I =/= none], Neighbours);
        false -> ok
    end.

initial_call_info() ->
    case get('$initial_call') of
        {M, F, A} when is_atom(M), is_atom(F), is_integer(A) -> {initial_call, {M, F, A}};
        _ -> none
    end.

registered_name(Pid) ->
    case process_info(Pid, registered_name) of
        {registered_name, Name} -> Name;
        _ -> []
    end.

neighbour_report(Pid) ->
    [{pid, Pid},
     {registered_name, registered_name(Pid)},
     neighbour_initial_call(Pid),
     process_info(Pid, current_function),
     {ancestors, case dict_value(Pid, '$ancestors') of L when is_list(L) -> L; _ -> [] end},
     process_info(Pid, message_queue_len),
     process_info(Pid, links),
     process_info(Pid, trap_exit),
     process_info(Pid, status),
     process_info(Pid, heap_size),
     process_info(Pid, stack_size),
     process_info(Pid, reductions),
     process_info(Pid, current_stacktrace)].

neighbour_initial_call(Pid) ->
    case dict_value(Pid, '$initial_call') of
        {M, F, A} -> {initial_call, {M, F, dummy_args(A)}};
        _ -> process_info(Pid, initial_call)
    end.

dummy_args(0) -> [];
dummy_args(N) -> ['Argument__' ++ integer_to_list(N) | dummy_args(N - 1)].

%% What a proc_lib process was started with: {M, F, Args} with the
%% arguments as placeholder atoms ('Argument__1', ...), or false.
initial_call(Process) ->
    case dict_value(pid_of(Process), '$initial_call') of
        {M, F, A} when is_integer(A) ->
            {M, F, [list_to_atom("Argument__" ++ integer_to_list(N)) || N <- lists:seq(1, A)]};
        _ -> false
    end.

translate_initial_call(Process) ->
    case dict_value(pid_of(Process), '$initial_call') of
        {_, _, A} = MFA when is_integer(A) -> MFA;
        _ -> {proc_lib, init_p, 5}
    end.

pid_of(Name) when is_atom(Name) -> whereis(Name);
pid_of(Pid) -> Pid.

dict_value(Pid, Key) ->
    case process_info(Pid, dictionary) of
        {dictionary, D} ->
            case lists:keyfind(Key, 1, D) of
                {_, V} -> V;
                false -> undefined
            end;
        _ -> undefined
    end.

%% The processes linked to this one that do not trap exits, and theirs:
%% a breadth-first walk of at most 15, as OTP's proc_lib does.
neighbours(Pid) ->
    {_, Visited} = visit(adjacents(Pid), {15, [Pid]}),
    lists:delete(Pid, Visited).

visit([P | Ps], {N, Vs} = NVs) when N > 0 ->
    case lists:member(P, Vs) of
        false -> visit(adjacents(P), visit(Ps, {N - 1, [P | Vs]}));
        true -> visit(Ps, NVs)
    end;
visit(_, NVs) -> NVs.

adjacents(Pid) ->
    case process_info(Pid, links) of
        {links, Links} -> [P || P <- Links, is_pid(P), node(P) =:= node(), process_info(P, trap_exit) =:= {trap_exit, false}];
        _ -> []
    end.

%% gen_server's real entry is gen_server:init_it/6; erl records the
%% callback module's init/1 as the initial call.
%% A supervisor's is named after its callback module (supervisor:Mod/1),
%% as OTP's supervisor records it.
initial_call(gen_server, init_it, [_, _, _, supervisor, {_, Mod, _}, _]) -> {supervisor, Mod, 1};
initial_call(gen_server, init_it, [_, _, _, Mod, _, _]) -> {Mod, init, 1};
initial_call(erlang, apply, [Fun, []]) when is_function(Fun) ->
    {module, Mod} = erlang:fun_info(Fun, module),
    {name, Name} = erlang:fun_info(Fun, name),
    {Mod, Name, 0};
initial_call(M, F, A) -> {M, F, length(A)}.

%% Ancestors are listed by registered name where they have one, as in OTP
%% (a supervisor's children show `ancestors: [my_sup,<0.81.0>]`).
my_name() ->
    case process_info(self(), registered_name) of
        {registered_name, Name} -> Name;
        _ -> self()
    end.

parent_pid(Name) when is_atom(Name) ->
    case whereis(Name) of
        undefined -> exit(process_not_alive);
        Pid -> Pid
    end;
parent_pid(Pid) -> Pid.

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
