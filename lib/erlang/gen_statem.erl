%% gen_statem: the generic state machine on top of proc_lib, with OTP 25's
%% message protocol (shared with gen_server: '$gen_call' through gen.erl and
%% '$gen_cast'), callback results, actions, timeouts and error report text.
%% The loop keeps its state in a map; the event queue is a plain list.
%% Not here: hibernation (accepted, a plain wait), debug options, sys logs,
%% absolute timers other than what erlang:start_timer/4 gives.
-module(gen_statem).
-export([start/3, start/4, start_link/3, start_link/4, start_monitor/3, start_monitor/4,
         stop/1, stop/3, call/2, call/3, cast/2, reply/1, reply/2,
         send_request/2, wait_response/1, wait_response/2,
         receive_response/1, receive_response/2, check_response/2,
         enter_loop/4, enter_loop/5, enter_loop/6]).
-export([init_it/6]).

-callback init(Args :: term()) -> term().
-callback callback_mode() -> term().

%% ---- starting ----------------------------------------------------------------

start(Mod, Args, Opts) -> gen:start(?MODULE, nolink, self, Mod, Args, Opts).
start(Name, Mod, Args, Opts) -> gen:start(?MODULE, nolink, Name, Mod, Args, Opts).
start_link(Mod, Args, Opts) -> gen:start(?MODULE, link, self, Mod, Args, Opts).
start_link(Name, Mod, Args, Opts) -> gen:start(?MODULE, link, Name, Mod, Args, Opts).
start_monitor(Mod, Args, Opts) -> gen:start(?MODULE, monitor, self, Mod, Args, Opts).
start_monitor(Name, Mod, Args, Opts) -> gen:start(?MODULE, monitor, Name, Mod, Args, Opts).


%% On OTP's lines: a crashing init/1's stack trace shows init_it/6.
-file("gen_statem.erl", 1012).
init_it(Starter, Parent, Name, Mod, Args, _Opts) ->
    %% erl names the callback's init/1 as the initial call in crash reports.
    put('$initial_call', {Mod, init, 1}),
    case gen:register_name(Name) of
        true ->
            Result = try Mod:init(Args)
                     catch
                         throw:Thrown -> Thrown;
                         C:R:St ->
                             gen:unregister_name(Name),
                             proc_lib:init_ack(Starter, {error, R}),
                             error_report(C, R, St, init_state(Name, Mod), []),
                             erlang:raise(C, R, St)
                     end,
            init_result(Starter, Parent, Name, Mod, Result, x, x, x);
        {false, Pid} ->
            proc_lib:init_ack(Starter, {error, {already_started, Pid}})
    end.

%% Name, arity and the lines of its exits as OTP 25's: a failed start's
%% crash report shows them.
-file("gen_statem.erl", 1046).
init_result(Starter, Parent, Name, Mod, Result, _, _, _) ->
    case Result of
        {ok, State, Data} ->
            proc_lib:init_ack(Starter, {ok, self()}),
            enter_first(new_state(Parent, Name, Mod, State, Data), []);
        {ok, State, Data, Actions} ->
            proc_lib:init_ack(Starter, {ok, self()}),
            enter_first(new_state(Parent, Name, Mod, State, Data), Actions);
        {stop, Reason} ->
            gen:unregister_name(Name),
            proc_lib:init_ack(Starter, {error, Reason}),
            exit(Reason);
        ignore ->
            gen:unregister_name(Name),
            proc_lib:init_ack(Starter, ignore),
            exit(normal);
        Else ->
            Error = {bad_return_from_init, Else},
            gen:unregister_name(Name),
            proc_lib:init_ack(Starter, {error, Error}),
            %% erl reports this one as an error, then exits (the exit
            %% stays at the line of OTP's, which the crash report
            %% shows)
            error_report(error, Error, [{gen_statem, init_result, 8, [{file, "gen_statem.erl"}, {line, 1068}]}, {proc_lib, init_p_do_apply, 3, [{file, "proc_lib.erl"}, {line, 240}]}], init_state(Name, Mod), []),
            exit(Error)
    end.
-file("gen_statem.erl", 1100).

%% What the report shows of a machine that did not get through init/1.
init_state(Name, Mod) ->
    #{name => Name, mod => Mod, state => undefined, data => undefined,
      mode => state_functions, enter => false, postponed => [], timers => #{}}.

enter_loop(Mod, Opts, State, Data) -> enter_loop(Mod, Opts, State, Data, self, []).
enter_loop(Mod, Opts, State, Data, Name) when is_tuple(Name) ->
    enter_loop(Mod, Opts, State, Data, Name, []);
enter_loop(Mod, Opts, State, Data, Actions) ->
    enter_loop(Mod, Opts, State, Data, self, Actions).
enter_loop(Mod, _Opts, State, Data, Name, Actions) ->
    S = new_state(parent(), Name, Mod, State, Data),
    enter_first(S, Actions).

parent() ->
    case get('$ancestors') of
        [P | _] -> proc_lib:parent_pid(P);
        _ -> self()
    end.

new_state(Parent, Name, Mod, State, Data) ->
    S = #{parent => Parent, name => Name, mod => Mod, state => State, data => Data,
          postponed => [], timers => #{}},
    callback_mode(S).

callback_mode(#{mod := Mod} = S) ->
    Modes = case Mod:callback_mode() of
                L when is_list(L) -> L;
                M -> [M]
            end,
    CB = case lists:member(handle_event_function, Modes) of
             true -> handle_event_function;
             false -> state_functions
         end,
    S#{mode => CB, enter => lists:member(state_enter, Modes)}.

%% The initial state is entered as if from itself.
enter_first(#{state := State} = S, Actions) ->
    transition(S, {next, State, maps:get(data, S), Actions}, first, [], State).

%% ---- the loop ----------------------------------------------------------------

%% Q: events to handle before the mailbox; EvTmo: the pending event timeout.
loop(S, [Event | Q], _EvTmo) ->
    handle_event(S, Event, Q);
loop(S, [], EvTmo) ->
    {Time, TMsg} = case EvTmo of
                       none -> {infinity, none};
                       _ -> EvTmo
                   end,
    receive
        Msg -> decode_msg(Msg, S, EvTmo)
    after Time ->
        handle_event(S, {timeout, TMsg}, [])
    end.

decode_msg({system, From, Req}, S, EvTmo) ->
    system_msg(Req, From, S, EvTmo);
decode_msg({'EXIT', Parent, Reason}, #{parent := Parent} = S, _) ->
    terminate(exit, Reason, [], S, [{info, {'EXIT', Parent, Reason}}]);
decode_msg({'$gen_call', From, Req}, S, _) ->
    handle_event(S, {{call, From}, Req}, []);
decode_msg({'$gen_cast', Msg}, S, _) ->
    handle_event(S, {cast, Msg}, []);
decode_msg({timeout, TRef, Type} = Msg, #{timers := Timers} = S, _) ->
    case Timers of
        #{Type := {TRef, TMsg}} ->
            handle_event(S#{timers := maps:remove(Type, Timers)}, {Type, TMsg}, []);
        _ ->
            handle_event(S, {info, Msg}, [])
    end;
decode_msg(Msg, S, _) ->
    handle_event(S, {info, Msg}, []).

system_msg(get_state, From, #{state := St, data := D} = S, EvTmo) ->
    sys_reply(From, {St, D}),
    loop(S, [], EvTmo);
system_msg({replace_state, F}, From, #{state := St, data := D} = S, EvTmo) ->
    {NSt, ND} = try F({St, D}) catch _:_ -> {St, D} end,
    sys_reply(From, {NSt, ND}),
    loop(S#{state := NSt, data := ND}, [], EvTmo);
system_msg(get_status, From, #{parent := Parent, name := Name, state := St, data := D} = S, EvTmo) ->
    sys_reply(From, {status, self(), {module, ?MODULE},
                     [get(), running, Parent, [],
                      [{header, "Status for state machine " ++ io_lib:write(name(Name))},
                       {data, [{"Status", running}, {"Parent", Parent},
                               {"Modules", [maps:get(mod, S)]},
                               {"Time-outs", timeouts_info(S)},
                               {"Logged Events", []},
                               {"Postponed", maps:get(postponed, S)}]},
                       {data, [{"State", {St, D}}]}]]}),
    loop(S, [], EvTmo);
system_msg({terminate, Reason}, From, S, _EvTmo) ->
    try terminate(exit, Reason, bif_stack(system_terminate, 4, 1086), S, [])
    after sys_reply(From, ok)
    end;
system_msg(_Other, From, S, EvTmo) ->
    sys_reply(From, {error, unknown_system_msg}),
    loop(S, [], EvTmo).

sys_reply({To, Tag}, Reply) -> catch To ! {Tag, Reply}, ok.

%% ---- handling one event ------------------------------------------------------

handle_event(#{state := State, data := Data} = S, {Type, Content} = Event, Q) ->
    loop_state_callback(S, State, Type, Content, Data, event, Event, Q, State, [], x).

%% Name, arity and line as OTP 25's: a crashing callback's stack shows them.
%% Whatever follows the callback is a tail call, so no other frame of ours
%% is under it.
-file("gen_statem.erl", 1423).
loop_state_callback(#{mode := Mode, mod := Mod} = S, State, Type, Content, Data, Kont, Event, Q, OldState, TimeoutsR, _) ->
    Result = try
        case Mode of state_functions -> {ok, Mod:State(Type, Content, Data)};
            %% (each call on the line of OTP's)
            handle_event_function -> {ok, Mod:handle_event(Type, Content, State, Data)} end
    catch
        throw:R -> {ok, R};
        Class:R:Stack -> {'EXIT', Class, R, Stack}
    end,
    case Kont of
        event -> after_event(Result, S, Event, Q);
        enter -> after_enter(Result, S, OldState, Q, TimeoutsR)
    end.
-file("gen_statem.erl", 1700).

after_event(CBResult, #{state := State, data := Data} = S, Event, Q) ->
    case CBResult of
        {ok, Result} ->
            case parse_result(Result, State, Data) of
                {stop, Reason, Replies, ND} ->
                    stop(Reason, Replies, S#{data := ND}, [Event | Q]);
                bad ->
                    terminate(error, {bad_return_from_state_function, Result},
                              bif_stack(loop_state_callback_result, 11, 1580),
                              S, [Event | Q]);
                Trans ->
                    transition(S, Trans, Event, Q, State)
            end;
        {'EXIT', Class, Reason, Stack} ->
            terminate(Class, Reason, Stack, S, [Event | Q])
    end.

parse_result({next_state, NS, ND}, _, _) -> {next, NS, ND, []};
parse_result({next_state, NS, ND, A}, _, _) -> {next, NS, ND, A};
parse_result({keep_state, ND}, St, _) -> {next, St, ND, []};
parse_result({keep_state, ND, A}, St, _) -> {next, St, ND, A};
parse_result(keep_state_and_data, St, D) -> {next, St, D, []};
parse_result({keep_state_and_data, A}, St, D) -> {next, St, D, A};
parse_result({repeat_state, ND}, St, _) -> {repeat, St, ND, []};
parse_result({repeat_state, ND, A}, St, _) -> {repeat, St, ND, A};
parse_result(repeat_state_and_data, St, D) -> {repeat, St, D, []};
parse_result({repeat_state_and_data, A}, St, D) -> {repeat, St, D, A};
parse_result({stop, R}, _, D) -> {stop, R, [], D};
parse_result({stop, R, ND}, _, _) -> {stop, R, [], ND};
parse_result({stop_and_reply, R, Replies}, _, D) -> {stop, R, Replies, D};
parse_result({stop_and_reply, R, Replies, ND}, _, _) -> {stop, R, Replies, ND};
parse_result(_, _, _) -> bad.

%% Event is the event just handled ('first' after init, 'enter' for a state
%% enter call); OldState the state before it.
transition(S0, {Kind, NS, ND, Actions0}, Event, Q, OldState) ->
    S = S0#{state := NS, data := ND},
    Actions = if is_list(Actions0) -> Actions0; true -> [Actions0] end,
    case parse_actions(Actions, Event =:= enter, #{postpone => false, next => [], timeouts => []}) of
        {bad, Bad} ->
            terminate(error, {bad_action_from_state_function, Bad},
                      bif_stack(loop_actions_list, 13, 1913), S,
                      requeue(Event, Q));
        #{postpone := Postpone, next := NextR, timeouts := TimeoutsR} ->
            Changed = NS =/= OldState,
            P0 = maps:get(postponed, S),
            P1 = case Postpone of
                     true -> [Event | P0];
                     false -> P0
                 end,
            {P2, Q1} = case Changed of
                           true -> {[], lists:reverse(P1, Q)};
                           false -> {P1, Q}
                       end,
            Q2 = lists:reverse(NextR, Q1),
            S1 = case Changed of
                     true -> cancel_timer(state_timeout, S#{postponed := P2});
                     false -> S#{postponed := P2}
                 end,
            Enter = maps:get(enter, S) andalso Event =/= enter andalso
                (Changed orelse Kind =:= repeat orelse Event =:= first),
            case Enter of
                true ->
                    enter_state(S1, OldState, Q2, TimeoutsR);
                false ->
                    apply_timeouts(lists:reverse(TimeoutsR), S1, Q2, none)
            end
    end.

requeue(first, Q) -> Q;
requeue(enter, Q) -> Q;
requeue(Event, Q) -> [Event | Q].

%% The state enter call: it may keep or repeat the state, or stop, but not
%% change it; its time-outs come after the transition's.
enter_state(#{state := State, data := Data} = S, OldState, Q, TimeoutsR) ->
    loop_state_callback(S, State, enter, OldState, Data, enter, enter, Q, OldState, TimeoutsR, x).

after_enter(CBResult, #{state := State, data := Data} = S, _OldState, Q, TimeoutsR) ->
    case CBResult of
        {ok, Result} ->
            case parse_result(Result, State, Data) of
                {stop, Reason, Replies, ND} ->
                    stop(Reason, Replies, S#{data := ND}, Q);
                {_, State, ND, Actions0} ->
                    Actions = if is_list(Actions0) -> Actions0; true -> [Actions0] end,
                    case parse_actions(Actions, true, #{postpone => false, next => [],
                                                        timeouts => TimeoutsR}) of
                        {bad, Bad} ->
                            terminate(error, {bad_state_enter_action_from_state_function, Bad},
                                      [], S#{data := ND}, Q);
                        #{timeouts := TR} ->
                            apply_timeouts(lists:reverse(TR), S#{data := ND}, Q, none)
                    end;
                _ ->
                    terminate(error, {bad_state_enter_return_from_state_function, Result},
                              [], S, Q)
            end;
        {'EXIT', Class, Reason, Stack} ->
            terminate(Class, Reason, Stack, S, Q)
    end.

parse_actions([], _InEnter, Acc) -> Acc;
parse_actions([A | As], InEnter, Acc) ->
    case action(A, InEnter, Acc) of
        {bad, _} = Bad -> Bad;
        Acc1 -> parse_actions(As, InEnter, Acc1)
    end;
parse_actions(Bad, _, _) -> {bad, Bad}.

action({reply, From, Reply}, _, Acc) -> reply(From, Reply), Acc;
action(postpone, false, Acc) -> Acc#{postpone := true};
action({postpone, P}, false, Acc) when is_boolean(P) -> Acc#{postpone := P};
action({next_event, Type, Content} = A, false, #{next := N} = Acc) ->
    case event_type(Type) of
        true -> Acc#{next := [{Type, Content} | N]};
        false -> {bad, A}
    end;
action(hibernate, _, Acc) -> Acc;
action({hibernate, H}, _, Acc) when is_boolean(H) -> Acc;
action(Time, _, Acc) when is_integer(Time), Time >= 0 -> add_timeout({timeout, Time, Time, []}, Acc);
action({timeout, T, Msg}, _, Acc) -> add_timeout({timeout, T, Msg, []}, Acc);
action({timeout, T, Msg, Opts}, _, Acc) -> add_timeout({timeout, T, Msg, Opts}, Acc);
action({state_timeout, T, Msg}, _, Acc) -> add_timeout({state_timeout, T, Msg, []}, Acc);
action({state_timeout, T, Msg, Opts}, _, Acc) -> add_timeout({state_timeout, T, Msg, Opts}, Acc);
action({state_timeout, cancel}, _, Acc) -> add_timeout({state_timeout, cancel}, Acc);
action({{timeout, _} = Type, T, Msg}, _, Acc) -> add_timeout({Type, T, Msg, []}, Acc);
action({{timeout, _} = Type, T, Msg, Opts}, _, Acc) -> add_timeout({Type, T, Msg, Opts}, Acc);
action({{timeout, _} = Type, cancel}, _, Acc) -> add_timeout({Type, cancel}, Acc);
action(A, _, _) -> {bad, A}.

add_timeout({_, cancel} = C, #{timeouts := Ts} = Acc) -> Acc#{timeouts := [C | Ts]};
add_timeout({_, update, _, _} = U, #{timeouts := Ts} = Acc) -> Acc#{timeouts := [U | Ts]};
add_timeout({_, T, _, _} = TO, #{timeouts := Ts} = Acc)
  when T =:= infinity; is_integer(T) -> Acc#{timeouts := [TO | Ts]};
add_timeout(TO, _) -> {bad, TO}.

event_type({call, {Pid, _}}) when is_pid(Pid) -> true;
event_type(cast) -> true;
event_type(info) -> true;
event_type(timeout) -> true;
event_type(state_timeout) -> true;
event_type({timeout, _}) -> true;
event_type(internal) -> true;
event_type(_) -> false.

%% Event time-out: the last one set wins and only runs when no event is
%% queued. The others are timers; a zero time queues the event at once.
apply_timeouts([], S, Q, EvTmo) ->
    case Q of
        [] -> loop(S, Q, EvTmo);
        _ -> loop(S, Q, none)
    end;
apply_timeouts([{timeout, cancel} | Ts], S, Q, _) ->
    apply_timeouts(Ts, S, Q, none);
apply_timeouts([{timeout, update, Msg, _} | Ts], S, Q, EvTmo) ->
    case EvTmo of
        {T, _} -> apply_timeouts(Ts, S, Q, {T, Msg});
        none -> apply_timeouts(Ts, S, Q ++ [{timeout, Msg}], none)
    end;
apply_timeouts([{timeout, infinity, _, _} | Ts], S, Q, _) ->
    apply_timeouts(Ts, S, Q, none);
apply_timeouts([{timeout, T, Msg, _} | Ts], S, Q, _) ->
    apply_timeouts(Ts, S, Q, {T, Msg});
apply_timeouts([{Type, cancel} | Ts], S, Q, EvTmo) ->
    apply_timeouts(Ts, cancel_timer(Type, S), Q, EvTmo);
apply_timeouts([{Type, update, Msg, _} | Ts], #{timers := Timers} = S, Q, EvTmo) ->
    case Timers of
        #{Type := {TRef, _}} ->
            apply_timeouts(Ts, S#{timers := Timers#{Type := {TRef, Msg}}}, Q, EvTmo);
        _ ->
            apply_timeouts(Ts, S, Q ++ [{Type, Msg}], EvTmo)
    end;
apply_timeouts([{Type, T, Msg, Opts} | Ts], S0, Q, EvTmo) ->
    S = cancel_timer(Type, S0),
    case T of
        infinity ->
            apply_timeouts(Ts, S, Q, EvTmo);
        0 when Opts =:= [] ->
            apply_timeouts(Ts, S, Q ++ [{Type, Msg}], EvTmo);
        _ ->
            TRef = case Opts of
                       [] -> erlang:start_timer(T, self(), Type);
                       _ -> erlang:start_timer(T, self(), Type, Opts)
                   end,
            #{timers := Timers} = S,
            apply_timeouts(Ts, S#{timers := Timers#{Type => {TRef, Msg}}}, Q, EvTmo)
    end.

cancel_timer(Type, #{timers := Timers} = S) ->
    case Timers of
        #{Type := {TRef, _}} ->
            case erlang:cancel_timer(TRef) of
                false -> receive {timeout, TRef, Type} -> ok after 0 -> ok end;
                _ -> ok
            end,
            S#{timers := maps:remove(Type, Timers)};
        _ ->
            S
    end.

timeouts_info(#{timers := Timers}) ->
    %% erl lists them from a fold over its timer map: reverse key order.
    L = lists:reverse([{Type, Msg} || {Type, {_, Msg}} <- lists:sort(maps:to_list(Timers))]),
    {length(L), L}.

%% ---- stopping ----------------------------------------------------------------

stop(Reason, Replies, S, Q) ->
    _ = [reply(R) || R <- if is_list(Replies) -> Replies; true -> [Replies] end],
    terminate(exit, Reason, stop_stack(), S, Q).

%% Where erl's gen_statem raises a bad result or action.
bif_stack(F, A, Line) ->
    [{gen_statem, F, A, [{file, "gen_statem.erl"}, {line, Line}]},
     {proc_lib, init_p_do_apply, 3, [{file, "proc_lib.erl"}, {line, 240}]}].

%% What a {stop, ...} result's exit shows as its stack on BEAM.
stop_stack() ->
    [{gen_statem, loop_state_callback_result, 11, [{file, "gen_statem.erl"}, {line, 1548}]},
     {proc_lib, init_p_do_apply, 3, [{file, "proc_lib.erl"}, {line, 240}]}].

terminate(Class, Reason, Stack, #{mod := Mod, state := State, data := Data} = S, Q) ->
    case erlang:function_exported(Mod, terminate, 3) of
        true ->
            try Mod:terminate(Reason, State, Data)
            catch
                throw:_ -> ok;
                C:R:St ->
                    error_report(C, R, St, S, Q),
                    erlang:raise(C, R, St)
            end;
        false -> ok
    end,
    case {Class, Reason} of
        {exit, normal} -> ok;
        {exit, shutdown} -> ok;
        {exit, {shutdown, _}} -> ok;
        _ -> error_report(Class, Reason, Stack, S, Q)
    end,
    case Stack of
        [] -> erlang:Class(Reason);
        _ -> erlang:raise(Class, Reason, Stack)
    end.

error_report(Class, Reason, Stack, S, Q) ->
    case logger:allow(error, ?MODULE) of
        true -> io:put_chars(user, report_text(Class, Reason, Stack, S, Q));
        false -> ok
    end.

report_text(Class, Reason0, Stack, #{name := Name, mod := Mod, state := St, data := D,
                                     mode := Mode, enter := Enter, postponed := P0} = S, Q0) ->
    CBMode = case Enter of
                 true -> [Mode, state_enter];
                 false -> Mode
             end,
    {NumTimers, TList} = timeouts_info(S),
    Status = format_status(Mod, #{reason => Reason0, state => St, data => D, queue => Q0,
                                  postponed => P0, timeouts => TList, log => []},
                           [get(), St, D]),
    Shown = case Status of
                #{'$status' := Custom} -> Custom;
                #{state := St1, data := D1} -> {St1, D1}
            end,
    #{reason := Reason, queue := Q, postponed := P, timeouts := TList1} = Status,
    Timeouts = NumTimers,
    TOs = {NumTimers, TList1},
    {FixedReason, FixedStack} = fix_reason(Class, Reason, Stack),
    [erlts_report:error_header(), "\n",
     io_lib:format("** State machine ~tp terminating~n", [name(Name)]),
     case Q of
         [] -> "";
         [E | _] -> io_lib:format("** Last event = ~tp~n", [E])
     end,
     io_lib:format("** When server state  = ~tp~n"
                   "** Reason for termination = ~tp:~tp~n"
                   "** Callback modules = ~tp~n"
                   "** Callback mode = ~tp~n",
                   [Shown, Class, FixedReason, [Mod], CBMode]),
     case Q of
         [_, _ | _] -> io_lib:format("** Queued = ~tp~n", [tl(Q)]);
         _ -> ""
     end,
     case P of
         [] -> "";
         _ -> io_lib:format("** Postponed = ~tp~n", [P])
     end,
     case Stack of
         [] -> "";
         _ -> io_lib:format("** Stacktrace =~n**  ~tp~n", [FixedStack])
     end,
     case Timeouts of
         0 -> "";
         _ -> io_lib:format("** Time-outs: ~tp~n", [TOs])
     end,
     client_text(Q0),
     "\n"].

%% The optional format_status/1 (a map in, a map out) or the older
%% format_status/2 (its result shown as the state).
format_status(Mod, Status, Args) ->
    case {erlang:function_exported(Mod, format_status, 1),
          erlang:function_exported(Mod, format_status, 2)} of
        {true, _} ->
            try Mod:format_status(Status) of
                New when is_map(New) -> maps:merge(Status, New);
                _ -> Status
            catch _:_ -> Status
            end;
        {false, true} ->
            try Mod:format_status(terminate, Args) of
                Result -> Status#{'$status' => Result}
            catch
                throw:Result -> Status#{'$status' => Result};
                _:_ -> Status
            end;
        _ ->
            Status
    end.

%% A missing state function is named as such in the report.
fix_reason(error, undef, [{M, F, Args, _} | Rest] = Stack) ->
    case code:is_loaded(M) of
        false ->
            {{'module could not be loaded', M}, Rest};
        _ ->
            Arity = if is_list(Args) -> length(Args); true -> Args end,
            case erlang:function_exported(M, F, Arity) of
                true -> {undef, Stack};
                false -> {{'function not exported', {M, F, Arity}}, Rest}
            end
    end;
fix_reason(_, Reason, Stack) -> {Reason, Stack}.

%% The caller waiting for a reply, as OTP's report shows it.
client_text([{{call, {Pid, _}}, _} | _]) when is_pid(Pid), node(Pid) =:= node() ->
    case {process_info(Pid, current_stacktrace), process_info(Pid, registered_name)} of
        {undefined, _} -> io_lib:format("** Client ~p is dead~n", [Pid]);
        {{current_stacktrace, Stack}, {registered_name, Name}} ->
            io_lib:format("** Client ~tp stacktrace~n** ~tp~n", [Name, Stack]);
        {{current_stacktrace, Stack}, _} ->
            io_lib:format("** Client ~tp stacktrace~n** ~tp~n", [Pid, Stack])
    end;
client_text([{{call, {Pid, _}}, _} | _]) when is_pid(Pid) ->
    io_lib:format("** Client ~p is remote on node ~p~n", [Pid, node(Pid)]);
client_text(_) -> "".

name(self) -> self();
name({local, Name}) -> Name;
name({global, Name}) -> Name;
name({via, _, Name}) -> Name.

%% ---- the client side ---------------------------------------------------------

call(Server, Request) -> call(Server, Request, infinity).

%% On OTP's line: a bad timeout's badarg names it.
-file("gen_statem.erl", 644).
call(Server, Request, {dirty_timeout, T} = Timeout) ->
    call_dirty(Server, Request, Timeout, T);
call(Server, Request, {clean_timeout, T} = Timeout) ->
    call_dirty(Server, Request, Timeout, T);
call(Server, Request, {_, _} = Timeout) ->
    erlang:error(badarg, [Server, Request, Timeout]);
call(Server, Request, Timeout) ->
    call_dirty(Server, Request, Timeout, Timeout).

%% On OTP's line: a waiting client's stack trace shows it.
-file("gen_statem.erl", 898).
call_dirty(Server, Request, Timeout, T) ->
    try gen:call(dest(Server), '$gen_call', Request, T) of
        {ok, Reply} -> Reply
    catch
        Class:Reason:Stack ->
            erlang:raise(Class, {Reason, {?MODULE, call, [Server, Request, Timeout]}}, Stack)
    end.
-file("gen_statem.erl", 2100).

dest(Server) -> Server.

resolve(Pid) when is_pid(Pid) -> Pid;
resolve(Name) when is_atom(Name) -> whereis(Name);
resolve({Name, Node}) when is_atom(Name), Node =:= node() -> whereis(Name);
resolve({Name, Node} = Dest) when is_atom(Name), is_atom(Node) -> Dest;
resolve({global, Name}) -> global:whereis_name(Name);
resolve({via, Mod, Name}) ->
    case Mod:whereis_name(Name) of
        Pid when is_pid(Pid) -> Pid;
        _ -> undefined
    end.

cast(Server, Msg) ->
    case resolve(Server) of
        undefined -> ok;
        Dest -> catch Dest ! {'$gen_cast', Msg}, ok
    end.

reply({reply, From, Reply}) -> reply(From, Reply);
reply(Replies) when is_list(Replies) -> _ = [reply(R) || R <- Replies], ok.

reply({To, Tag}, Reply) ->
    catch To ! {Tag, Reply},
    ok.

send_request(Server, Request) ->
    Pid = resolve(Server),
    Mref = erlang:monitor(process, Pid),
    catch Pid ! {'$gen_call', {self(), Mref}, Request},
    Mref.

wait_response(Mref) -> wait_response(Mref, infinity).
wait_response(Mref, Timeout) ->
    receive
        {Mref, Reply} ->
            erlang:demonitor(Mref, [flush]),
            {reply, Reply};
        {'DOWN', Mref, _, Object, Reason} ->
            {error, {Reason, Object}}
    after Timeout ->
            timeout
    end.

receive_response(Mref) -> receive_response(Mref, infinity).
receive_response(Mref, Timeout) ->
    case wait_response(Mref, Timeout) of
        timeout -> erlang:demonitor(Mref, [flush]), timeout;
        Other -> Other
    end.

check_response({Mref, Reply}, Mref) ->
    erlang:demonitor(Mref, [flush]),
    {reply, Reply};
check_response({'DOWN', Mref, _, Object, Reason}, Mref) ->
    {error, {Reason, Object}};
check_response(_, _) ->
    no_reply.

stop(Server) -> stop(Server, normal, infinity).
stop(Server, Reason, Timeout) ->
    proc_lib:stop(resolve_stop(Server), Reason, Timeout).

resolve_stop(Pid) when is_pid(Pid) -> Pid;
resolve_stop(Name) when is_atom(Name) -> Name;
resolve_stop(Server) ->
    case resolve(Server) of
        undefined -> exit(noproc);
        Pid -> Pid
    end.
