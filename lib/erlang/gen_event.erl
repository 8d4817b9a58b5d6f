%% gen_event: an event manager process holding a list of handlers, with
%% OTP 25's message protocol, return values and error report. A handler is
%% Mod or {Mod, Id}; the newest handler is first in the list and sees each
%% event first. Handler callbacks run under `catch`, as in OTP, so a thrown
%% value counts as a return value and a crash removes only that handler.
%% Not here: hibernation (treated as a plain wait) and debug options.
%%
%% The -file lines (each names the line it is on) put the calls that a crashing handler's stack trace
%% shows (handle_msg/6, server_notify/4, server_update/4, server_call/4,
%% server_call_update/3) on OTP 25's lines, so the trace reads as erl's.
-module(gen_event).
-export([start/0, start/1, start/2, start_link/0, start_link/1, start_link/2,
         start_monitor/0, start_monitor/1, start_monitor/2,
         notify/2, sync_notify/2, call/3, call/4, send_request/3,
         add_handler/3, add_sup_handler/3, delete_handler/3,
         swap_handler/3, swap_sup_handler/3, which_handlers/1, stop/1, stop/3]).
-export([init_it/6]).

-callback init(InitArgs :: term()) -> term().
-callback handle_event(Event :: term(), State :: term()) -> term().
-callback handle_call(Request :: term(), State :: term()) -> term().

-record(handler, {module, id = false, state, supervised = false}).

%% ---- starting ----------------------------------------------------------

start() -> gen:start(?MODULE, nolink, self, no_callback, [], []).
start(Name) when is_tuple(Name) -> gen:start(?MODULE, nolink, Name, no_callback, [], []);
start(Opts) when is_list(Opts) -> gen:start(?MODULE, nolink, self, no_callback, [], Opts).
start(Name, Opts) -> gen:start(?MODULE, nolink, Name, no_callback, [], Opts).

start_link() -> gen:start(?MODULE, link, self, no_callback, [], []).
start_link(Name) when is_tuple(Name) -> gen:start(?MODULE, link, Name, no_callback, [], []);
start_link(Opts) when is_list(Opts) -> gen:start(?MODULE, link, self, no_callback, [], Opts).
start_link(Name, Opts) -> gen:start(?MODULE, link, Name, no_callback, [], Opts).

start_monitor() -> gen:start(?MODULE, monitor, self, no_callback, [], []).
start_monitor(Name) when is_tuple(Name) -> gen:start(?MODULE, monitor, Name, no_callback, [], []);
start_monitor(Opts) when is_list(Opts) -> gen:start(?MODULE, monitor, self, no_callback, [], Opts).
start_monitor(Name, Opts) -> gen:start(?MODULE, monitor, Name, no_callback, [], Opts).

init_it(Starter, Parent, Name0, _Mod, _Args, _Opts) ->
    case gen:register_name(Name0) of
        true ->
            process_flag(trap_exit, true),
            proc_lib:init_ack(Starter, {ok, self()}),
            loop(Parent, server_name(Name0), []);
        {false, Pid} ->
            proc_lib:init_ack(Starter, {error, {already_started, Pid}})
    end.

server_name(self) -> self();
server_name({local, Name}) -> Name;
server_name({global, Name}) -> Name;
server_name({via, _, Name}) -> Name.

%% ---- the client side ---------------------------------------------------

notify(M, Event) -> send(M, {notify, Event}).

sync_notify(M, Event) -> rpc(M, {sync_notify, Event}).

call(M, Handler, Query) ->
    try gen:call(M, self(), {call, Handler, Query}) of
        {ok, Res} -> Res
    catch
        exit:Reason -> exit({Reason, {?MODULE, call, [M, Handler, Query]}})
    end.

call(M, Handler, Query, Timeout) ->
    try gen:call(M, self(), {call, Handler, Query}, Timeout) of
        {ok, Res} -> Res
    catch
        exit:Reason -> exit({Reason, {?MODULE, call, [M, Handler, Query, Timeout]}})
    end.

send_request(M, Handler, Query) ->
    Mref = erlang:monitor(process, M),
    M ! {self(), {self(), Mref}, {call, Handler, Query}},
    Mref.

add_handler(M, Handler, Args) -> rpc(M, {add_handler, Handler, Args}).

add_sup_handler(M, Handler, Args) -> rpc(M, {add_sup_handler, Handler, Args, self()}).

delete_handler(M, Handler, Args) -> rpc(M, {delete_handler, Handler, Args}).

swap_handler(M, {H1, A1}, {H2, A2}) -> rpc(M, {swap_handler, H1, A1, H2, A2}).

swap_sup_handler(M, {H1, A1}, {H2, A2}) -> rpc(M, {swap_sup_handler, H1, A1, H2, A2, self()}).

which_handlers(M) -> rpc(M, which_handlers).

stop(M) -> stop(M, normal, infinity).

stop(M, Reason, Timeout) -> proc_lib:stop(M, Reason, Timeout).

-file("gen_event.erl", 485).
send({global, _}, _Cmd) -> ok;
send({via, Mod, Name}, Cmd) -> catch Mod:send(Name, Cmd), ok;
send(M, Cmd) ->
    M ! Cmd,
    ok.

rpc(M, Cmd) ->
    {ok, Reply} = gen:call(M, self(), Cmd, infinity),
    Reply.

%% ---- the manager loop --------------------------------------------------

loop(Parent, SName, MSL) ->
    receive
        {system, From, Req} ->
            system_msg(Req, From, Parent, SName, MSL);
        {'EXIT', Parent, Reason} ->
            terminate_server(Reason, Parent, MSL, SName);
        Msg ->
            handle_msg(Msg, Parent, SName, MSL, infinity, [])
    end.

system_msg(get_state, From, Parent, SName, MSL) ->
    sys_reply(From, {ok, [{M, I, S} || #handler{module = M, id = I, state = S} <- MSL]}),
    loop(Parent, SName, MSL);
system_msg({terminate, Reason}, From, Parent, SName, MSL) ->
    try terminate_server(Reason, Parent, MSL, SName)
    after sys_reply(From, ok)
    end;
system_msg(_Other, From, Parent, SName, MSL) ->
    sys_reply(From, {error, unknown_system_msg}),
    loop(Parent, SName, MSL).

sys_reply({To, Tag}, Reply) -> catch To ! {Tag, Reply}, ok.

reply({To, Tag}, Reply) -> catch To ! {Tag, Reply}, ok.

-file("gen_event.erl", 522).
handle_msg(Msg, Parent, SName, MSL, _HibernateAfter, _Debug) ->
    case Msg of
        {notify, Event} ->
            {_, MSL1} = server_notify(Event, handle_event, MSL, SName),
            loop(Parent, SName, MSL1);
        {_From, Tag, {sync_notify, Event}} ->
            {_, MSL1} = server_notify(Event, handle_event, MSL, SName),
            reply(Tag, ok),
            loop(Parent, SName, MSL1);
        {'EXIT', From, Reason} ->
            MSL1 = handle_exit(From, Reason, MSL, SName),
            loop(Parent, SName, MSL1);
        {_From, Tag, {call, Handler, Query}} ->
            {Reply, MSL1} = server_call(Handler, Query, MSL, SName),
            reply(Tag, Reply),
            loop(Parent, SName, MSL1);
        {_From, Tag, {add_handler, Handler, Args}} ->
            {Reply, MSL1} = server_add_handler(Handler, Args, MSL, false),
            reply(Tag, Reply),
            loop(Parent, SName, MSL1);
        {_From, Tag, {add_sup_handler, Handler, Args, SupP}} ->
            link(SupP),
            {Reply, MSL1} = server_add_handler(Handler, Args, MSL, SupP),
            reply(Tag, Reply),
            loop(Parent, SName, MSL1);
        {_From, Tag, {delete_handler, Handler, Args}} ->
            {Reply, MSL1} = server_delete_handler(Handler, Args, MSL, SName),
            reply(Tag, Reply),
            loop(Parent, SName, MSL1);
        {_From, Tag, {swap_handler, H1, A1, H2, A2}} ->
            {Reply, MSL1} = server_swap_handler(H1, A1, H2, A2, MSL, false, SName),
            reply(Tag, Reply),
            loop(Parent, SName, MSL1);
        {_From, Tag, {swap_sup_handler, H1, A1, H2, A2, Sup}} ->
            {Reply, MSL1} = server_swap_handler(H1, A1, H2, A2, MSL, Sup, SName),
            reply(Tag, Reply),
            loop(Parent, SName, MSL1);
        {_From, Tag, stop} ->
            catch terminate_server(normal, Parent, MSL, SName),
            reply(Tag, ok);
        {_From, Tag, which_handlers} ->
            reply(Tag, [handler_id(H) || H <- MSL]),
            loop(Parent, SName, MSL);
        {_From, Tag, get_modules} ->
            reply(Tag, lists:usort([H#handler.module || H <- MSL])),
            loop(Parent, SName, MSL);
        Other ->
            %% Anything else goes to every handler's handle_info/2 (the
            %% call is on OTP's line, as the ones above: a crash's stack
            %% trace shows them).
            {_, MSL1} = server_notify(Other, handle_info, MSL, SName),
            loop(Parent, SName, MSL1)
    end.

%% Handlers first terminate, then the manager exits; supervising
%% processes are unlinked so that the manager's exit does not reach them.
terminate_server(Reason, Parent, MSL, SName) ->
    lists:foreach(fun(H) ->
                          do_terminate(H, stop, H#handler.state, stop, SName, shutdown)
                  end, MSL),
    lists:foreach(fun(#handler{supervised = P}) when is_pid(P), P =/= Parent -> unlink(P);
                     (_) -> ok
                  end, MSL),
    exit(Reason).

%% A supervising process died: its handlers go, then every handler hears
%% of the exit through handle_info/2.
-file("gen_event.erl", 603).
handle_exit(From, Reason, MSL, SName) ->
    MSL1 = terminate_supervised(From, Reason, MSL, SName),
    {_, MSL2} = server_notify({'EXIT', From, Reason}, handle_info, MSL1, SName),
    MSL2.

terminate_supervised(Pid, Reason, MSL, SName) ->
    lists:filter(
      fun(H) when H#handler.supervised =:= Pid ->
              do_terminate(H, {stop, Reason}, H#handler.state,
                           {parent_terminated, {Pid, Reason}}, SName, shutdown),
              false;
         (_) -> true
      end, MSL).

%% ---- handlers ----------------------------------------------------------

handler_id(#handler{module = M, id = false}) -> M;
handler_id(#handler{module = M, id = Id}) -> {M, Id}.

new_handler({Mod, Id}, Sup) -> #handler{module = Mod, id = Id, supervised = Sup};
new_handler(Mod, Sup) -> #handler{module = Mod, supervised = Sup}.

server_add_handler(HandlerId, Args, MSL, Sup) ->
    H = new_handler(HandlerId, Sup),
    case catch (H#handler.module):init(Args) of
        {ok, State} -> {ok, [H#handler{state = State} | MSL]};
        {ok, State, hibernate} -> {ok, [H#handler{state = State} | MSL]};
        Other -> {Other, MSL}
    end.

server_delete_handler(HandlerId, Args, MSL, SName) ->
    case split(HandlerId, MSL) of
        {H, MSL1} ->
            {do_terminate(H, Args, H#handler.state, delete, SName, normal), MSL1};
        error ->
            {{error, module_not_found}, MSL}
    end.

%% The old handler's terminate/2 result is part of the new one's init
%% argument; a missing old handler gives `error` there.
server_swap_handler(H1, A1, H2, A2, MSL, Sup, SName) ->
    {State2, OldSup, MSL1} =
        case split(H1, MSL) of
            {H, Rest} ->
                NewSup = case Sup of false -> H#handler.supervised; _ -> Sup end,
                {do_terminate(H, A1, H#handler.state, swapped, SName, {swapped, H2, NewSup}),
                 H#handler.supervised, Rest};
            error ->
                {error, false, MSL}
        end,
    UseSup = case Sup of false -> OldSup; _ -> Sup end,
    case UseSup of
        false -> ok;
        _ -> link(UseSup)
    end,
    case server_add_handler(H2, {A2, State2}, MSL1, UseSup) of
        {ok, MSL2} -> {ok, MSL2};
        {What, MSL2} -> {{error, What}, MSL2}
    end.

split(HandlerId, MSL) -> split(HandlerId, MSL, []).

split(HandlerId, [H | T], Acc) ->
    case matches(HandlerId, H) of
        true -> {H, lists:reverse(Acc, T)};
        false -> split(HandlerId, T, [H | Acc])
    end;
split(_, [], _) -> error.

matches({Mod, Id}, #handler{module = Mod, id = Id}) -> true;
matches(Mod, #handler{module = Mod, id = false}) -> true;
matches(_, _) -> false.

%% ---- events --------------------------------------------------------------

-file("gen_event.erl", 782).
server_notify(Event, Func, [Handler | T], SName) ->
    case server_update(Handler, Func, Event, SName) of
        {ok, Handler1} ->
            {Hib, NewHandlers} = server_notify(Event, Func, T, SName),
            {Hib, [Handler1 | NewHandlers]};
        no ->
            server_notify(Event, Func, T, SName)
    end;
server_notify(_, _, [], _) ->
    {false, []}.

%% A handler's answer to one event: keep it (with its new state), swap it
%% for another, or remove it (asked to, or because it crashed).
-file("gen_event.erl", 798).
server_update(Handler1, Func, Event, SName) ->
    Mod1 = Handler1#handler.module,
    State = Handler1#handler.state,
    case catch Mod1:Func(Event, State) of
        {ok, State1} ->
            {ok, Handler1#handler{state = State1}};
        {ok, State1, hibernate} ->
            {ok, Handler1#handler{state = State1}};
        {swap_handler, Args1, State1, Handler2, Args2} ->
            do_swap(Handler1, Args1, State1, Handler2, Args2, SName);
        remove_handler ->
            do_terminate(Handler1, remove_handler, State, remove, SName, normal),
            no;
        {'EXIT', {undef, [{Mod1, handle_info, [_, _], _} | _]}} ->
            no_handle_info(Mod1, Event),
            {ok, Handler1};
        Other ->
            do_terminate(Handler1, {error, Other}, State, Event, SName, crash),
            no
    end.

do_swap(Handler1, Args1, State1, Handler2, Args2, SName) ->
    Sup = Handler1#handler.supervised,
    State2 = do_terminate(Handler1, Args1, State1, swapped, SName, {swapped, Handler2, Sup}),
    H = new_handler(Handler2, Sup),
    case catch (H#handler.module):init({Args2, State2}) of
        {ok, State2a} -> {ok, H#handler{state = State2a}};
        {ok, State2a, hibernate} -> {ok, H#handler{state = State2a}};
        Other ->
            %% OTP 25 reports this with its arguments shifted: the reason
            %% `crash`, installed in `false`.
            report_terminate(H, crash, {error, Other}, SName, false),
            no
    end.

%% ---- calls -----------------------------------------------------------

-file("gen_event.erl", 870).
server_call(HandlerId, Query, MSL, SName) ->
    case split(HandlerId, MSL) of
        {Ha, _} ->
            case server_call_update(Ha, Query, SName) of
                {no, Reply} ->
                    {Reply, delete_handler_from(HandlerId, MSL)};
                {{ok, Ha1}, Reply} ->
                    {Reply, replace(HandlerId, MSL, Ha1)}
            end;
        error ->
            {{error, bad_module}, MSL}
    end.

delete_handler_from(HandlerId, MSL) ->
    case split(HandlerId, MSL) of
        {_, Rest} -> Rest;
        error -> MSL
    end.

replace(HandlerId, [H | T], New) ->
    case matches(HandlerId, H) of
        true -> [New | T];
        false -> [H | replace(HandlerId, T, New)]
    end;
replace(_, [], New) -> [New].

-file("gen_event.erl", 921).
server_call_update(Handler1, Query, SName) ->
    Mod1 = Handler1#handler.module,
    State = Handler1#handler.state,
    case catch Mod1:handle_call(Query, State) of
        {ok, Reply, State1} ->
            {{ok, Handler1#handler{state = State1}}, Reply};
        {ok, Reply, State1, hibernate} ->
            {{ok, Handler1#handler{state = State1}}, Reply};
        {swap_handler, Reply, Args1, State1, Handler2, Args2} ->
            {do_swap(Handler1, Args1, State1, Handler2, Args2, SName), Reply};
        {remove_handler, Reply} ->
            do_terminate(Handler1, remove_handler, State, remove, SName, normal),
            {no, Reply};
        Other ->
            do_terminate(Handler1, {error, Other}, State, Query, SName, crash),
            {no, {error, Other}}
    end.

%% ---- terminating a handler ---------------------------------------------

%% Calls terminate/2 if the handler has one (its result is returned), then
%% reports a crash and tells a supervising process why the handler went.
do_terminate(Handler, Args, State, LastIn, SName, How) ->
    Mod = Handler#handler.module,
    Res = case erlang:function_exported(Mod, terminate, 2) of
              true -> (catch Mod:terminate(Args, State));
              false -> ok
          end,
    Reason = case {How, Args} of
                 {crash, {error, Why}} -> Why;
                 _ -> How
             end,
    report_terminate(Handler, Reason, State, LastIn, SName),
    Res.

report_terminate(Handler, Reason, State, LastIn, SName) ->
    report_error(Handler, Reason, State, LastIn, SName),
    case Handler#handler.supervised of
        false -> ok;
        Pid -> Pid ! {gen_event_EXIT, handler_id(Handler), Reason}, ok
    end.

report_error(_Handler, normal, _, _, _) -> ok;
report_error(_Handler, shutdown, _, _, _) -> ok;
report_error(_Handler, {swapped, _, _}, _, _, _) -> ok;
report_error(Handler, Exit, State, LastIn, SName) ->
    Text = io_lib:format("~s~n** gen_event handler ~tp crashed.~n"
                         "** Was installed in ~tp~n"
                         "** Last event was: ~tp~n"
                         "** When handler state == ~tp~n"
                         "** Reason == ~tp~n~n",
                         [erlts_report:error_header(), handler_id(Handler), SName,
                          LastIn, State, fix_reason(Exit)]),
    case logger:allow(error, ?MODULE) of
        true -> io:put_chars(user, Text);
        false -> ok
    end.

%% The reason as erl's report gives it: without the 'EXIT' of the catch,
%% and an undef explained when the module or function is missing.
fix_reason({'EXIT', {undef, [{M, F, A, _} | _] = MFAs} = Reason}) ->
    case code:is_loaded(M) of
        false -> {'module could not be loaded', MFAs};
        _ ->
            case is_list(A) andalso erlang:function_exported(M, F, length(A)) of
                true -> Reason;
                false -> {'function not exported', MFAs}
            end
    end;
fix_reason({'EXIT', Reason}) -> Reason;
fix_reason(Reason) -> Reason.

no_handle_info(Mod, Msg) ->
    Text = io_lib:format("~s~n** Undefined handle_info in ~tp~n** Unhandled message: ~tp~n~n",
                         [warning_header(), Mod, Msg]),
    case logger:allow(warning, ?MODULE) of
        true -> io:put_chars(user, Text);
        false -> ok
    end.

warning_header() ->
    "=WARNING REPORT" ++ lists:nthtail(length("=ERROR REPORT"), erlts_report:error_header()).
