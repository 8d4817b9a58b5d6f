%% supervisor: OTP 25's supervisor behaviour as a gen_server callback module
%% (the process is a gen_server running this module, as in OTP). Results,
%% error tuples and SUPERVISOR REPORTs are erl's; the code is our own.
%%
%% The code works on the children as a list in termination order (the
%% last started first), which is also the order which_children/1 lists
%% them in; kids/1 and set_kids/2 convert from and to the state's OTP form.
%% A simple_one_for_one supervisor has its one spec there and its children
%% in the dynamics map. Not here: code_change's spec update beyond
%% re-reading the flags, format_status.
-module(supervisor).
-export([start_link/2, start_link/3, start_child/2, restart_child/2, delete_child/2,
         terminate_child/2, which_children/1, count_children/1, get_childspec/2,
         check_childspecs/1, check_childspecs/2, get_callback_module/1]).
-export([init/1, handle_call/3, handle_cast/2, handle_info/2, terminate/2, code_change/3]).

-callback init(Args :: term()) -> term().

%% The field order is OTP's: start_child/2's {error, {Reason, Child}}
%% shows the whole record.
-record(child, {pid = undefined, id, mfargs, restart_type, significant,
                shutdown, child_type, modules = []}).

%% OTP's fields too: a supervisor's gen_server error report shows its state.
%% children is {Ids, #{Id => #child{}}}, the Ids in termination order;
%% dynamics (simple_one_for_one) is {maps, #{Pid => Args}}, or {mapsets,
%% #{Pid => []}} for temporary children, else undefined.
-record(state, {name, strategy, children = {[], #{}}, dynamics, intensity, period,
                restarts = [], dynamic_restarts = 0, auto_shutdown = never, module, args}).

%% ---- the API -----------------------------------------------------------------

start_link(Mod, Args) ->
    gen_server:start_link(supervisor, {self, Mod, Args}, []).

start_link(SupName, Mod, Args) ->
    gen_server:start_link(SupName, supervisor, {SupName, Mod, Args}, []).

start_child(Sup, SpecOrArgs) -> call(Sup, {start_child, SpecOrArgs}).
restart_child(Sup, Id) -> call(Sup, {restart_child, Id}).
delete_child(Sup, Id) -> call(Sup, {delete_child, Id}).
terminate_child(Sup, Id) -> call(Sup, {terminate_child, Id}).
get_childspec(Sup, Id) -> call(Sup, {get_childspec, Id}).
which_children(Sup) -> call(Sup, which_children).
count_children(Sup) -> call(Sup, count_children).

call(Sup, Req) -> gen_server:call(Sup, Req, infinity).

get_callback_module(Pid) ->
    State = sys:get_state(Pid),
    State#state.module.

check_childspecs(Specs) -> check_childspecs(Specs, undefined).

check_childspecs(Specs, AutoShutdown) when is_list(Specs) ->
    case lists:member(AutoShutdown, [undefined, never, any_significant, all_significant]) of
        true ->
            case check_specs(Specs, AutoShutdown) of
                {ok, _} -> ok;
                Error -> {error, Error}
            end;
        false -> {error, {badarg, AutoShutdown}}
    end;
check_childspecs(X, _) -> {error, {badarg, X}}.

%% ---- init --------------------------------------------------------------------

init({SupName, Mod, Args}) ->
    process_flag(trap_exit, true),
    case Mod:init(Args) of
        {ok, {Flags, Specs}} ->
            Name = case SupName of self -> {self(), Mod}; _ -> SupName end,
            case set_flags(Flags, #state{name = Name, module = Mod, args = Args}) of
                {ok, #state{strategy = simple_one_for_one} = State} -> init_dynamic(State, Specs);
                {ok, State} -> init_children(State, Specs);
                Error -> {stop, {supervisor_data, Error}}
            end;
        ignore -> ignore;
        Other -> {stop, {bad_return, {Mod, init, Other}}}
    end.

init_children(State, Specs) ->
    case check_specs(Specs, State#state.auto_shutdown) of
        {ok, Children} ->
            case start_children(Children, State#state.name) of
                {ok, Started} ->
                    {ok, set_kids(Started, State)};
                {error, Started, Reason} ->
                    terminate_children(Started, State#state.name),
                    {stop, {shutdown, Reason}}
            end;
        Error -> {stop, {start_spec, Error}}
    end.

init_dynamic(State, [Spec]) ->
    case check_specs([Spec], State#state.auto_shutdown) of
        {ok, [Child]} ->
            Kind = case temporary(Child) of true -> mapsets; false -> maps end,
            {ok, (set_kids([Child], State))#state{dynamics = {Kind, #{}}}};
        Error -> {stop, {start_spec, Error}}
    end;
init_dynamic(_State, Specs) ->
    {stop, {bad_start_spec, Specs}}.

%% ---- flags and child specs ---------------------------------------------------

set_flags(Flags, State) ->
    try flags(Flags) of
        #{strategy := S, intensity := I, period := P, auto_shutdown := A} ->
            {ok, State#state{strategy = S, intensity = I, period = P, auto_shutdown = A}}
    catch throw:Error -> Error
    end.

flags(Flags) when is_map(Flags) ->
    F = maps:merge(#{strategy => one_for_one, intensity => 1, period => 5,
                     auto_shutdown => never}, Flags),
    #{strategy := S, intensity := I, period := P, auto_shutdown := A} = F,
    valid(lists:member(S, [one_for_one, one_for_all, rest_for_one, simple_one_for_one]),
          {invalid_strategy, S}),
    valid(is_integer(I) andalso I >= 0, {invalid_intensity, I}),
    valid(is_integer(P) andalso P > 0, {invalid_period, P}),
    valid(lists:member(A, [never, any_significant, all_significant]), {invalid_auto_shutdown, A}),
    F;
flags({Strategy, Intensity, Period}) ->
    flags(#{strategy => Strategy, intensity => Intensity, period => Period});
flags(Other) ->
    throw({invalid_type, Other}).

valid(true, _) -> ok;
valid(false, Error) -> throw(Error).

%% {ok, Children in start order} or the first error.
check_specs(Specs, AutoShutdown) -> check_specs(Specs, AutoShutdown, []).

check_specs([Spec | Specs], AutoShutdown, Acc) ->
    case check_spec(Spec, AutoShutdown) of
        {ok, #child{id = Id} = Child} ->
            case lists:keymember(Id, #child.id, Acc) of
                true -> {duplicate_child_name, Id};
                false -> check_specs(Specs, AutoShutdown, [Child | Acc])
            end;
        Error -> Error
    end;
check_specs([], _, Acc) ->
    {ok, lists:reverse(Acc)}.

check_spec(Spec, AutoShutdown) when is_map(Spec) ->
    try {ok, map_spec(maps:merge(#{restart => permanent, type => worker}, Spec), AutoShutdown)}
    catch throw:Error -> Error
    end;
check_spec({Id, Start, Restart, Shutdown, Type, Mods}, AutoShutdown) ->
    check_spec(#{id => Id, start => Start, restart => Restart, significant => false,
                 shutdown => Shutdown, type => Type, modules => Mods}, AutoShutdown);
check_spec(Other, _) ->
    {invalid_child_spec, Other}.

map_spec(#{restart := Restart, type := Type} = Spec, AutoShutdown) ->
    Id = case Spec of #{id := I} -> I; _ -> throw(missing_id) end,
    Start = case Spec of #{start := S} -> S; _ -> throw(missing_start) end,
    valid(is_mfa(Start), {invalid_mfa, Start}),
    valid(lists:member(Restart, [permanent, transient, temporary]), {invalid_restart_type, Restart}),
    Significant = maps:get(significant, Spec, false),
    check_significant(Significant, Restart, AutoShutdown),
    valid(Type =:= worker orelse Type =:= supervisor, {invalid_child_type, Type}),
    Shutdown = case Spec of
                   #{shutdown := Sh} -> Sh;
                   _ when Type =:= worker -> 5000;
                   _ -> infinity
               end,
    valid(Shutdown =:= infinity orelse Shutdown =:= brutal_kill orelse
              (is_integer(Shutdown) andalso Shutdown >= 0), {invalid_shutdown, Shutdown}),
    Mods = case Spec of #{modules := Ms} -> Ms; _ -> [element(1, Start)] end,
    check_modules(Mods),
    #child{id = Id, mfargs = Start, restart_type = Restart, significant = Significant,
           shutdown = Shutdown, child_type = Type, modules = Mods}.

is_mfa({M, F, A}) -> is_atom(M) andalso is_atom(F) andalso is_list(A);
is_mfa(_) -> false.

check_significant(true, _, never) ->
    throw({bad_combination, [{auto_shutdown, never}, {significant, true}]});
check_significant(true, permanent, _) ->
    throw({bad_combination, [{restart, permanent}, {significant, true}]});
check_significant(S, _, _) ->
    valid(is_boolean(S), {invalid_significant, S}).

check_modules(dynamic) -> ok;
check_modules(Mods) when is_list(Mods) ->
    [valid(is_atom(M), {invalid_module, M}) || M <- Mods],
    ok;
check_modules(Mods) -> throw({invalid_modules, Mods}).

spec_of(#child{id = Id, mfargs = Start, restart_type = Restart, significant = Significant,
               shutdown = Shutdown, child_type = Type, modules = Mods}) ->
    #{id => Id, start => Start, restart => Restart, significant => Significant,
      shutdown => Shutdown, type => Type, modules => Mods}.

temporary(#child{restart_type = R}) -> R =:= temporary.

%% ---- calls -------------------------------------------------------------------

handle_call(Req, _From, #state{strategy = simple_one_for_one} = State) ->
    dynamic_call(Req, State);
handle_call({start_child, Spec}, _From, State) ->
    case check_spec(Spec, State#state.auto_shutdown) of
        {ok, Child} ->
            {Reply, NState} = add_child(Child, State),
            {reply, Reply, NState};
        Error ->
            {reply, {error, Error}, State}
    end;
handle_call({terminate_child, Id}, _From, State) ->
    case find(Id, State) of
        {ok, Child} ->
            stop_child(Child, State#state.name),
            {reply, ok, set_kids(forget(Child, kids(State)), State)};
        error ->
            {reply, {error, not_found}, State}
    end;
handle_call({restart_child, Id}, _From, State) ->
    case find(Id, State) of
        {ok, #child{pid = undefined} = Child} ->
            case start_one(Child) of
                {ok, Pid} -> {reply, {ok, Pid}, set_pid(Id, Pid, State)};
                {ok, Pid, Info} -> {reply, {ok, Pid, Info}, set_pid(Id, Pid, State)};
                Error -> {reply, Error, State}
            end;
        {ok, Child} -> {reply, {error, busy(Child)}, State};
        error -> {reply, {error, not_found}, State}
    end;
handle_call({delete_child, Id}, _From, State) ->
    case find(Id, State) of
        {ok, #child{pid = undefined}} ->
            {reply, ok, set_kids(lists:keydelete(Id, #child.id, kids(State)), State)};
        {ok, Child} -> {reply, {error, busy(Child)}, State};
        error -> {reply, {error, not_found}, State}
    end;
handle_call({get_childspec, Id}, _From, State) ->
    case find(Id, State) of
        {ok, Child} -> {reply, {ok, spec_of(Child)}, State};
        error -> {reply, {error, not_found}, State}
    end;
handle_call(which_children, _From, State) ->
    Reply = [{Id, shown_pid(Pid), Type, Mods}
             || #child{id = Id, pid = Pid, child_type = Type, modules = Mods} <- kids(State)],
    {reply, Reply, State};
handle_call(count_children, _From, State) ->
    {Active, Sups, Workers} = lists:foldl(fun count/2, {0, 0, 0}, kids(State)),
    {reply, [{specs, length(kids(State))}, {active, Active},
             {supervisors, Sups}, {workers, Workers}], State}.

busy(#child{pid = {restarting, _}}) -> restarting;
busy(_) -> running.

shown_pid({restarting, _}) -> restarting;
shown_pid(Pid) -> Pid.

count(#child{pid = Pid, child_type = Type}, {A, S, W}) ->
    A1 = case is_pid(Pid) andalso is_process_alive(Pid) of true -> A + 1; false -> A end,
    case Type of
        supervisor -> {A1, S + 1, W};
        worker -> {A1, S, W + 1}
    end.

find(Id, State) ->
    case lists:keyfind(Id, #child.id, kids(State)) of
        false -> error;
        Child -> {ok, Child}
    end.

set_pid(Id, Pid, State) ->
    Children = kids(State),
    Child = lists:keyfind(Id, #child.id, Children),
    set_kids(lists:keyreplace(Id, #child.id, Children, Child#child{pid = Pid}), State).

%% A child that stopped: a temporary one is gone, another keeps its spec.
forget(#child{id = Id} = Child, Children) ->
    case temporary(Child) of
        true -> lists:keydelete(Id, #child.id, Children);
        false -> lists:keyreplace(Id, #child.id, Children, Child#child{pid = undefined})
    end.

add_child(#child{id = Id} = Child, State) ->
    case find(Id, State) of
        error ->
            case start_one(Child) of
                {ok, undefined} when Child#child.restart_type =:= temporary ->
                    {{ok, undefined}, State};
                {ok, Pid} -> {{ok, Pid}, save(Child#child{pid = Pid}, State)};
                {ok, Pid, Info} -> {{ok, Pid, Info}, save(Child#child{pid = Pid}, State)};
                {error, Reason} -> {{error, {Reason, Child}}, State}
            end;
        {ok, #child{pid = Pid}} when is_pid(Pid) -> {{error, {already_started, Pid}}, State};
        {ok, _} -> {{error, already_present}, State}
    end.

%% A temporary child's start arguments are not kept: it is never restarted.
save(#child{mfargs = {M, F, _}} = Child, State) ->
    Saved = case temporary(Child) of
                true -> Child#child{mfargs = {M, F, undefined}};
                false -> Child
            end,
    set_kids([Saved | kids(State)], State).

%% simple_one_for_one: the children are all of the one spec.
dynamic_call({start_child, Extra}, State) ->
    [#child{mfargs = {M, F, A}}] = kids(State),
    Args = A ++ Extra,
    case start_mfa(M, F, Args) of
        {ok, undefined} -> {reply, {ok, undefined}, State};
        {ok, Pid} -> {reply, {ok, Pid}, dyn_store(Pid, Args, State)};
        {ok, Pid, Info} -> {reply, {ok, Pid, Info}, dyn_store(Pid, Args, State)};
        Error -> {reply, Error, State}
    end;
dynamic_call({terminate_child, Pid}, State) when is_pid(Pid) ->
    [Spec] = kids(State),
    Dyn = dyn(State),
    case {maps:is_key(Pid, Dyn), maps:is_key({restarting, Pid}, Dyn)} of
        {true, _} ->
            stop_child(Spec#child{pid = Pid}, State#state.name),
            {reply, ok, set_dyn(maps:remove(Pid, Dyn), State)};
        {_, true} ->
            {reply, ok, (set_dyn(maps:remove({restarting, Pid}, Dyn), State))#state{
                              dynamic_restarts = State#state.dynamic_restarts - 1}};
        _ ->
            %% A pid the supervisor no longer has: gone already, or never its child.
            case is_process_alive(Pid) of
                true -> {reply, {error, not_found}, State};
                false -> {reply, ok, State}
            end
    end;
%% As erl's: a pid no longer alive gets the spec too; the spec's own id does.
dynamic_call({get_childspec, Key}, State) ->
    [#child{id = Id} = Spec] = kids(State),
    Dyn = dyn(State),
    Found = case is_pid(Key) of
                true -> maps:is_key(Key, Dyn) orelse maps:is_key({restarting, Key}, Dyn)
                            orelse not is_process_alive(Key);
                false -> Key =:= Id
            end,
    case Found of
        true -> {reply, {ok, spec_of(Spec)}, State};
        false -> {reply, {error, not_found}, State}
    end;
dynamic_call(which_children, State) ->
    [#child{child_type = Type, modules = Mods}] = kids(State),
    {reply, [{undefined, shown_pid(P), Type, Mods} || P <- maps:keys(dyn(State))], State};
dynamic_call(count_children, State) ->
    [#child{child_type = Type}] = kids(State),
    N = map_size(dyn(State)),
    Active = N - State#state.dynamic_restarts,
    Reply = case Type of
                supervisor -> [{specs, 1}, {active, Active}, {supervisors, N}, {workers, 0}];
                worker -> [{specs, 1}, {active, Active}, {supervisors, 0}, {workers, N}]
            end,
    {reply, Reply, State};
dynamic_call({terminate_child, _Id}, State) ->
    {reply, {error, simple_one_for_one}, State};
dynamic_call({restart_child, _}, State) ->
    {reply, {error, simple_one_for_one}, State};
dynamic_call({delete_child, _}, State) ->
    {reply, {error, simple_one_for_one}, State}.

dyn_store(Pid, Args, #state{dynamics = {maps, Dyn}} = State) ->
    State#state{dynamics = {maps, maps:put(Pid, Args, Dyn)}};
dyn_store(Pid, _Args, #state{dynamics = {mapsets, Dyn}} = State) ->
    State#state{dynamics = {mapsets, maps:put(Pid, [], Dyn)}}.

dyn(#state{dynamics = {_, Dyn}}) -> Dyn.

set_dyn(Dyn, #state{dynamics = {Kind, _}} = State) -> State#state{dynamics = {Kind, Dyn}}.

kids(#state{children = {Ids, Db}}) -> [maps:get(Id, Db) || Id <- Ids].

set_kids(Children, State) ->
    State#state{children = {[Id || #child{id = Id} <- Children],
                            maps:from_list([{Id, C} || #child{id = Id} = C <- Children])}}.

%% ---- messages ----------------------------------------------------------------

handle_cast({try_again_restart, Key}, State) ->
    case restarting_child(Key, State) of
        {ok, Child} -> after_restart(restart(Child, State));
        error -> {noreply, State}
    end.

restarting_child({restarting, _} = Key, #state{strategy = simple_one_for_one} = State) ->
    case maps:find(Key, dyn(State)) of
        {ok, Args} ->
            [#child{mfargs = {M, F, _}} = Spec] = kids(State),
            {ok, Spec#child{pid = Key, mfargs = {M, F, Args}}};
        error -> error
    end;
restarting_child(Id, State) ->
    case find(Id, State) of
        {ok, #child{pid = {restarting, _}} = Child} -> {ok, Child};
        _ -> error
    end.

handle_info({'EXIT', Pid, Reason}, State) ->
    case child_of(Pid, State) of
        {ok, Child} -> after_restart(child_exited(Reason, Child, State));
        error -> {noreply, State}
    end;
handle_info(Msg, State) ->
    case logger:allow(error, ?MODULE) of
        true ->
            io:put_chars(user, [erlts_report:error_header(), "\n",
                                io_lib:format("Supervisor received unexpected message: ~tp~n", [Msg]), "\n"]);
        false -> ok
    end,
    {noreply, State}.

after_restart({ok, State}) -> {noreply, State};
after_restart({shutdown, State}) -> {stop, shutdown, State}.

child_of(Pid, #state{strategy = simple_one_for_one} = State) ->
    case maps:find(Pid, dyn(State)) of
        {ok, Args} ->
            [#child{mfargs = {M, F, _}} = Spec] = kids(State),
            {ok, Spec#child{pid = Pid, mfargs = {M, F, Args}}};
        error -> error
    end;
child_of(Pid, State) ->
    case lists:keyfind(Pid, #child.pid, kids(State)) of
        false -> error;
        Child -> {ok, Child}
    end.

%% What a child's exit means for it: permanent ones always come back,
%% transient ones unless they stopped on purpose, temporary ones never.
child_exited(Reason, #child{restart_type = permanent} = Child, State) ->
    report(child_terminated, Reason, Child, State#state.name),
    restart(Child, State);
child_exited(normal, Child, State) ->
    auto_shutdown(Child, drop(Child, State));
child_exited(shutdown, Child, State) ->
    auto_shutdown(Child, drop(Child, State));
child_exited({shutdown, _}, Child, State) ->
    auto_shutdown(Child, drop(Child, State));
child_exited(Reason, #child{restart_type = transient} = Child, State) ->
    report(child_terminated, Reason, Child, State#state.name),
    restart(Child, State);
child_exited(Reason, Child, State) ->
    report(child_terminated, Reason, Child, State#state.name),
    auto_shutdown(Child, drop(Child, State)).

drop(#child{pid = Pid}, #state{strategy = simple_one_for_one} = State) ->
    set_dyn(maps:remove(Pid, dyn(State)), State);
drop(Child, State) ->
    set_kids(forget(Child, kids(State)), State).

auto_shutdown(#child{significant = true}, #state{auto_shutdown = any_significant} = State) ->
    {shutdown, State};
auto_shutdown(#child{significant = true}, #state{auto_shutdown = all_significant} = State) ->
    Left = case State#state.strategy of
               simple_one_for_one -> map_size(dyn(State)) > 0;
               _ -> lists:any(fun(#child{pid = P, significant = S}) -> S andalso P =/= undefined end,
                              kids(State))
           end,
    case Left of
        true -> {ok, State};
        false -> {shutdown, State}
    end;
auto_shutdown(_, State) ->
    {ok, State}.

%% ---- restarting --------------------------------------------------------------

restart(Child, State) ->
    Now = erlang:monotonic_time(second),
    Recent = [T || T <- State#state.restarts, T >= Now - State#state.period],
    NState = State#state{restarts = [Now | Recent]},
    case length(Recent) + 1 > State#state.intensity of
        true ->
            report(shutdown, reached_max_restart_intensity, Child, State#state.name),
            {shutdown, drop(Child, NState)};
        false ->
            case restart_by(NState#state.strategy, Child, NState) of
                {{try_again, Key}, NState2} ->
                    %% Let other requests in before the next attempt.
                    gen_server:cast(self(), {try_again_restart, Key}),
                    {ok, NState2};
                Done -> Done
            end
    end.

restart_by(simple_one_for_one, #child{pid = OldPid, mfargs = {M, F, A}} = Child, State0) ->
    State = case OldPid of
                {restarting, _} -> State0#state{dynamic_restarts = State0#state.dynamic_restarts - 1};
                _ -> State0
            end,
    Dyn = maps:remove(OldPid, dyn(State)),
    case start_mfa(M, F, A) of
        {ok, Pid} -> {ok, dyn_store(Pid, A, set_dyn(Dyn, State))};
        {ok, Pid, _} -> {ok, dyn_store(Pid, A, set_dyn(Dyn, State))};
        {error, Reason} ->
            Key = restarting(OldPid),
            NState = dyn_store(Key, A, (set_dyn(Dyn, State))#state{
                                        dynamic_restarts = State#state.dynamic_restarts + 1}),
            report(start_error, Reason, Child, NState#state.name),
            {{try_again, Key}, NState}
    end;
restart_by(one_for_one, #child{id = Id, pid = OldPid} = Child, State) ->
    case start_one(Child) of
        {ok, Pid} -> {ok, set_pid(Id, Pid, State)};
        {ok, Pid, _} -> {ok, set_pid(Id, Pid, State)};
        {error, Reason} ->
            report(start_error, Reason, Child, State#state.name),
            {{try_again, Id}, set_pid(Id, restarting(OldPid), State)}
    end;
restart_by(rest_for_one, #child{id = Id} = Child, State) ->
    %% The list is in termination order: those started after the child come first.
    {After, [Own | Before]} = lists:splitwith(fun(C) -> C#child.id =/= Id end, kids(State)),
    {Result, Restarted} = restart_all(Child, After ++ [Own#child{pid = undefined}], State#state.name),
    {Result, set_kids(Restarted ++ Before, State)};
restart_by(one_for_all, Child, State) ->
    Others = forget(Child, kids(State)),
    {Result, Restarted} = restart_all(Child, Others, State#state.name),
    {Result, set_kids(Restarted, State)}.

restart_all(Child, Children, SupName) ->
    Stopped = terminate_children(Children, SupName),
    case start_children(Stopped, SupName) of
        {ok, Started} -> {ok, Started};
        {error, Started, {failed_to_start_child, FailedId, _}} ->
            Mark = case FailedId =:= Child#child.id of
                       true -> restarting(Child#child.pid);
                       false -> {restarting, undefined}
                   end,
            Failed = lists:keyfind(FailedId, #child.id, Started),
            {{try_again, FailedId},
             lists:keyreplace(FailedId, #child.id, Started, Failed#child{pid = Mark})}
    end.

restarting(Pid) when is_pid(Pid) -> {restarting, Pid};
restarting(Other) -> Other.

%% ---- starting and stopping children ------------------------------------------

%% Children in start order; {ok, Started} has them in termination order.
%% On a failure the ones not tried stay (not running) ahead of the failed one.
start_children(Children, SupName) -> start_children(Children, SupName, []).

start_children([Child | Rest], SupName, Acc) ->
    case start_one(Child) of
        {ok, undefined} when Child#child.restart_type =:= temporary ->
            start_children(Rest, SupName, Acc);
        {ok, Pid} -> start_children(Rest, SupName, [Child#child{pid = Pid} | Acc]);
        {ok, Pid, _} -> start_children(Rest, SupName, [Child#child{pid = Pid} | Acc]);
        {error, Reason} ->
            report(start_error, Reason, Child, SupName),
            {error, lists:reverse(Rest) ++ [Child | Acc],
             {failed_to_start_child, Child#child.id, Reason}}
    end;
start_children([], _, Acc) ->
    {ok, Acc}.

start_one(#child{mfargs = {M, F, A}}) ->
    start_mfa(M, F, A).

start_mfa(M, F, A) ->
    case catch apply(M, F, A) of
        {ok, Pid} when is_pid(Pid) -> {ok, Pid};
        {ok, Pid, Info} when is_pid(Pid) -> {ok, Pid, Info};
        ignore -> {ok, undefined};
        {error, _} = Error -> Error;
        Other -> {error, Other}
    end.

%% Children in termination order; returns them in start order, without the
%% temporary ones.
terminate_children(Children, SupName) ->
    lists:foldl(fun(Child, Acc) ->
                        stop_child(Child, SupName),
                        case temporary(Child) of
                            true -> Acc;
                            false -> [Child#child{pid = undefined} | Acc]
                        end
                end, [], Children).

stop_child(#child{pid = Pid} = Child, SupName) when is_pid(Pid) ->
    case shutdown(Child) of
        ok -> ok;
        {error, Reason} -> report(shutdown_error, Reason, Child, SupName)
    end;
stop_child(_, _) ->
    ok.

%% A monitor, not the link: a child that unlinked itself must not hang us.
shutdown(#child{pid = Pid, shutdown = brutal_kill} = Child) ->
    Ref = monitor(process, Pid),
    exit(Pid, kill),
    receive {'DOWN', Ref, process, Pid, Reason} -> expected(exit_reason(Pid, Reason), killed, Child) end;
shutdown(#child{pid = Pid, shutdown = Time} = Child) ->
    Ref = monitor(process, Pid),
    exit(Pid, shutdown),
    receive
        {'DOWN', Ref, process, Pid, Reason} -> expected(exit_reason(Pid, Reason), shutdown, Child)
    after Time ->
            exit(Pid, kill),
            receive {'DOWN', Ref, process, Pid, Reason} -> expected(exit_reason(Pid, Reason), shutdown, Child) end
    end.

%% The 'EXIT' (when still linked) tells the real reason; it must not be
%% left in the mailbox to look like a crash.
exit_reason(Pid, Default) ->
    unlink(Pid),
    receive {'EXIT', Pid, Reason} -> Reason after 0 -> Default end.

expected(Reason, Reason, _) -> ok;
expected(Reason, _, #child{restart_type = permanent}) -> {error, Reason};
expected(normal, _, _) -> ok;
expected(shutdown, _, _) -> ok;
expected({shutdown, _}, _, _) -> ok;
expected(Reason, _, _) -> {error, Reason}.

%% ---- terminating -------------------------------------------------------------

terminate(_Reason, #state{strategy = simple_one_for_one} = State) ->
    terminate_dynamic(State);
terminate(_Reason, State) ->
    terminate_children(kids(State), State#state.name),
    ok.

%% All at once, then wait for each: there may be many.
terminate_dynamic(State) ->
    [Spec] = kids(State),
    Pids = [P || P <- maps:keys(dyn(State)), is_pid(P)],
    Signal = case Spec#child.shutdown of brutal_kill -> kill; _ -> shutdown end,
    Mons = [{P, monitor(process, P)} || P <- Pids],
    [exit(P, Signal) || P <- Pids],
    Timer = case Spec#child.shutdown of
                T when is_integer(T) -> erlang:start_timer(T, self(), kill);
                _ -> undefined
            end,
    Errors = wait_dynamic(Mons, Signal, Spec, Timer, #{}),
    cancel(Timer),
    maps:foreach(fun(Reason, Ps) ->
                         report(shutdown_error, Reason, Spec#child{pid = Ps}, State#state.name)
                 end, Errors),
    ok.

wait_dynamic([], _, _, _, Errors) ->
    Errors;
wait_dynamic(Mons, Signal, Spec, Timer, Errors) ->
    receive
        {'DOWN', Ref, process, Pid, Reason0} when is_reference(Ref) ->
            case lists:keytake(Ref, 2, Mons) of
                {value, _, Rest} ->
                    NErrors = case expected(exit_reason(Pid, Reason0), killed_or(Signal), Spec) of
                                  ok -> Errors;
                                  {error, R} -> maps:put(R, [Pid | maps:get(R, Errors, [])], Errors)
                              end,
                    wait_dynamic(Rest, Signal, Spec, Timer, NErrors);
                false ->
                    wait_dynamic(Mons, Signal, Spec, Timer, Errors)
            end;
        {timeout, Timer, kill} ->
            [exit(P, kill) || {P, _} <- Mons],
            wait_dynamic(Mons, Signal, Spec, undefined, Errors)
    end.

killed_or(kill) -> killed;
killed_or(shutdown) -> shutdown.

cancel(undefined) -> ok;
cancel(Timer) ->
    _ = erlang:cancel_timer(Timer),
    receive {timeout, Timer, kill} -> ok after 0 -> ok end.

code_change(_OldVsn, #state{module = Mod, args = Args} = State, _Extra) ->
    case Mod:init(Args) of
        {ok, {Flags, _Specs}} ->
            case set_flags(Flags, State) of
                {ok, NState} -> {ok, NState};
                Error -> {error, Error}
            end;
        ignore -> {ok, State};
        Error -> Error
    end.

%% ---- reports -----------------------------------------------------------------

%% erl's SUPERVISOR REPORT (logger's legacy header and supervisor's
%% format_log/2); progress reports are below erl's default level.
report(Context, Reason, Child, SupName) ->
    "=ERROR REPORT" ++ Stamp = erlts_report:error_header(),
    Body = io_lib:format("    supervisor: ~tp~n    errorContext: ~tp~n    reason: ~tp~n    offender: ~tp~n",
                         [SupName, Context, Reason, offender(Child)]),
    case logger:allow(error, ?MODULE) of
        true -> io:put_chars(user, ["=SUPERVISOR REPORT", Stamp, "\n", Body, "\n"]);
        false -> ok
    end.

offender(#child{pid = Pid} = Child) ->
    Head = case is_list(Pid) of
               true -> {nb_children, length(Pid)};
               false -> {pid, Pid}
           end,
    [Head, {id, Child#child.id}, {mfargs, Child#child.mfargs},
     {restart_type, Child#child.restart_type}, {significant, Child#child.significant},
     {shutdown, Child#child.shutdown}, {child_type, Child#child.child_type}].
