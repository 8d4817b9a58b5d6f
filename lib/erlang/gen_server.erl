%% gen_server: the generic server loop on top of proc_lib, with OTP 25's
%% message protocol ({'$gen_call', {Pid, Tag}, Req}, {'$gen_cast', Msg}),
%% results and exit reasons. Not here: hibernation (treated as a plain
%% wait), format_status, debug options.
-module(gen_server).
-export([start/3, start/4, start_link/3, start_link/4, start_monitor/3, start_monitor/4,
         call/2, call/3, cast/2, reply/2, stop/1, stop/3, send_request/2, wait_response/2,
         receive_response/2, check_response/2, enter_loop/3, enter_loop/4,
         multi_call/2, multi_call/3, multi_call/4, abcast/2, abcast/3]).
-export([init_it/6]).

-callback init(Args :: term()) -> term().
-callback handle_call(Request :: term(), From :: term(), State :: term()) -> term().
-callback handle_cast(Request :: term(), State :: term()) -> term().

%% ---- starting ----------------------------------------------------------------

start(Mod, Args, Opts) -> gen:start(?MODULE, nolink, self, Mod, Args, Opts).
start(Name, Mod, Args, Opts) -> gen:start(?MODULE, nolink, Name, Mod, Args, Opts).
start_link(Mod, Args, Opts) -> gen:start(?MODULE, link, self, Mod, Args, Opts).
start_link(Name, Mod, Args, Opts) -> gen:start(?MODULE, link, Name, Mod, Args, Opts).
start_monitor(Mod, Args, Opts) -> gen:start(?MODULE, monitor, self, Mod, Args, Opts).
start_monitor(Name, Mod, Args, Opts) -> gen:start(?MODULE, monitor, Name, Mod, Args, Opts).


init_it(Starter, Parent, Name, Mod, Args, _Opts) ->
    case gen:register_name(Name) of
        true ->
            init_it2(Starter, Parent, Name, Mod, Args);
        {false, Pid} ->
            proc_lib:init_ack(Starter, {error, {already_started, Pid}})
    end.

%% The loop starts outside the try: on BEAM only proc_lib's frame is left
%% under the server loop (a crash's stack trace ends there).
init_it2(Starter, Parent, Name, Mod, Args) ->
    case init_result(Starter, Name, Mod, Args) of
        {loop, State, Timeout} -> loop(Parent, Name, State, Mod, Timeout);
        {thrown, Thrown} -> init_it2_result(Starter, Parent, Name, Mod, Thrown)
    end.

init_result(Starter, Name, Mod, Args) ->
    try Mod:init(Args) of
        {ok, State} ->
            proc_lib:init_ack(Starter, {ok, self()}),
            {loop, State, infinity};
        {ok, State, Timeout} ->
            proc_lib:init_ack(Starter, {ok, self()}),
            {loop, State, Timeout};
        {stop, Reason} ->
            gen:unregister_name(Name),
            proc_lib:init_ack(Starter, {error, Reason}),
            exit(Reason);
        ignore ->
            gen:unregister_name(Name),
            proc_lib:init_ack(Starter, ignore),
            exit(normal);
        Else ->
            Error = {bad_return_value, Else},
            gen:unregister_name(Name),
            proc_lib:init_ack(Starter, {error, Error}),
            exit(Error)
    catch
        throw:Thrown ->
            {thrown, Thrown};
        Class:Reason:Stack ->
            gen:unregister_name(Name),
            Exit = exit_reason(Class, Reason, Stack),
            proc_lib:init_ack(Starter, {error, Exit}),
            erlang:raise(Class, Reason, Stack)
    end.

%% A value thrown from init/1 counts as its return value.
init_it2_result(Starter, Parent, Name, Mod, {ok, State}) ->
    proc_lib:init_ack(Starter, {ok, self()}),
    loop(Parent, Name, State, Mod, infinity);
init_it2_result(Starter, _Parent, Name, _Mod, Other) ->
    gen:unregister_name(Name),
    proc_lib:init_ack(Starter, {error, {bad_return_value, Other}}),
    exit({bad_return_value, Other}).

enter_loop(Mod, _Opts, State) ->
    loop(parent(), self, State, Mod, infinity).
enter_loop(Mod, _Opts, State, Timeout) when is_integer(Timeout); Timeout =:= infinity ->
    loop(parent(), self, State, Mod, Timeout);
enter_loop(Mod, _Opts, State, Name) ->
    loop(parent(), Name, State, Mod, infinity).

parent() ->
    case get('$ancestors') of
        [P | _] -> proc_lib:parent_pid(P);
        _ -> self()
    end.

%% ---- the loop ----------------------------------------------------------------

%% {continue, C} and hibernate are "timeouts" too: run them before waiting.
loop(Parent, Name, State, Mod, {continue, Continue}) ->
    Reply = try_dispatch(Mod, handle_continue, Continue, State),
    handle_common_reply(Reply, Parent, Name, undefined, {continue, Continue}, Mod, infinity, State);
loop(Parent, Name, State, Mod, hibernate) ->
    loop(Parent, Name, State, Mod, infinity);
loop(Parent, Name, State, Mod, Timeout) ->
    receive
        Msg -> decode_msg(Msg, Parent, Name, State, Mod)
    after Timeout ->
        decode_msg(timeout, Parent, Name, State, Mod)
    end.

decode_msg({system, From, Req}, Parent, Name, State, Mod) ->
    system_msg(Req, From, Parent, Name, State, Mod);
decode_msg({'EXIT', Parent, Reason} = Msg, Parent, Name, State, Mod) ->
    terminate(Reason, [], Name, Msg, Mod, State);
decode_msg(Msg, Parent, Name, State, Mod) ->
    handle_msg(Msg, Parent, Name, State, Mod, infinity).

system_msg(get_state, From, Parent, Name, State, Mod) ->
    sys_reply(From, State),
    loop(Parent, Name, State, Mod, infinity);
system_msg({replace_state, F}, From, Parent, Name, State, Mod) ->
    NState = try F(State) catch _:_ -> State end,
    sys_reply(From, NState),
    loop(Parent, Name, NState, Mod, infinity);
system_msg(get_status, From, Parent, Name, State, Mod) ->
    sys_reply(From, {status, self(), {module, ?MODULE},
                     [get(), running, Parent, [], [{header, "Status for generic server " ++ io_lib:write(name(Name))},
                                                  {data, [{"Status", running}, {"Parent", Parent}]},
                                                  {data, [{"State", State}]}]]}),
    loop(Parent, Name, State, Mod, infinity);
system_msg({terminate, Reason}, From, _Parent, Name, State, Mod) ->
    try terminate(Reason, [], Name, {system, From, {terminate, Reason}}, Mod, State)
    after sys_reply(From, ok)
    end;
system_msg(_Other, From, Parent, Name, State, Mod) ->
    sys_reply(From, {error, unknown_system_msg}),
    loop(Parent, Name, State, Mod, infinity).

sys_reply({To, Tag}, Reply) -> catch To ! {Tag, Reply}, ok.

%% Function names, arities and lines as OTP 25's gen_server has them (the
%% -file lines): they are what a crashing server's stack trace shows.
-file("gen_server.erl", 1176).
handle_msg({'$gen_call', From, Request}, Parent, Name, State, Mod, _HibernateAfter) ->
    case try_handle_call(Mod, Request, From, State) of
        {ok, {reply, Reply, NState}} ->
            reply(From, Reply),
            loop(Parent, Name, NState, Mod, infinity);
        {ok, {reply, Reply, NState, Timeout}} ->
            reply(From, Reply),
            loop(Parent, Name, NState, Mod, Timeout);
        {ok, {stop, Reason, Reply, NState}} ->
            try terminate(Reason, [], Name, Request, Mod, NState)
            after reply(From, Reply)
            end;
        Other ->
            %% erl's report names the request, not the whole '$gen_call' message.
            handle_common_reply(Other, Parent, Name, From, Request, Mod, infinity, State)
    end;
%% (OTP's lines: the cast and info clause calls try_dispatch at line 1200.)

handle_msg(Msg, Parent, Name, State, Mod, HibernateAfter) ->
    {Fun, Arg} = case Msg of
                     {'$gen_cast', Cast} -> {handle_cast, Cast};
                     _ -> {handle_info, Msg}
                 end,
    Reply = try_dispatch(Mod, Fun, Arg, State),
    handle_common_reply(Reply, Parent, Name, undefined, Msg, Mod, HibernateAfter, State).

-file("gen_server.erl", 1146).
try_handle_call(Mod, Request, From, State) ->
    try
        {ok, Mod:handle_call(Request, From, State)}
    catch
        throw:R -> {ok, R};
        Class:R:Stack -> {'EXIT', Class, R, Stack}
    end.

-file("gen_server.erl", 1115).
try_dispatch(Mod, Fun, Msg, State) ->
    case Fun =/= handle_info orelse has_handle_info(Mod) of
        false ->
            %% OTP logs "undefined handle_info" and goes on.
            {ok, {noreply, State}};
        true ->
            try
                {ok, Mod:Fun(Msg, State)}
            catch
                throw:R -> {ok, R};
                Class:R:Stack -> {'EXIT', Class, R, Stack}
            end
    end.

has_handle_info(Mod) ->
    erlang:function_exported(Mod, handle_info, 2) orelse
        (code:ensure_loaded(Mod) =/= false andalso erlang:function_exported(Mod, handle_info, 2)).

-file("gen_server.erl", 1230).
handle_common_reply(Reply, Parent, Name, From, Msg, Mod, _HibernateAfter, State) ->
    case Reply of
        {ok, {noreply, NState}} ->
            loop(Parent, Name, NState, Mod, infinity);
        {ok, {noreply, NState, Timeout}} ->
            loop(Parent, Name, NState, Mod, Timeout);
        {ok, {stop, Reason, NState}} ->
            %% What process_info(self(), current_stacktrace) gives on BEAM here.
            terminate(Reason, stop_stack(), Name, Msg, Mod, NState);
        {'EXIT', Class, Reason, Stack} ->
            terminate(Class, Reason, Stack, Name, Msg, Mod, State, From);
        {ok, BadReply} ->
            terminate({bad_return_value, BadReply}, [], Name, Msg, Mod, State)
    end.

stop_stack() ->
    [{gen_server, handle_common_reply, 8, [{file, "gen_server.erl"}, {line, 1241}]},
     {proc_lib, init_p_do_apply, 3, [{file, "proc_lib.erl"}, {line, 240}]}].

-file("gen_server.erl", 300).
exit_reason(exit, Reason, _Stack) -> Reason;
exit_reason(error, Reason, Stack) -> {Reason, Stack};
exit_reason(throw, Reason, Stack) -> {{nocatch, Reason}, Stack}.

%% ---- terminating -------------------------------------------------------------

terminate(Reason, Stack, Name, Msg, Mod, State) ->
    terminate(exit, Reason, Stack, Name, Msg, Mod, State, undefined).

%% As OTP's: the report gives the exit reason ({Reason, Stack} for an
%% error); then the exception goes on with its own class, so that proc_lib
%% reports the crash as it happened.
terminate(Class, Reason0, Stack, Name, Msg, Mod, State, From) ->
    Reason = exit_reason(Class, Reason0, Stack),
    case erlang:function_exported(Mod, terminate, 2) of
        true ->
            try Mod:terminate(Reason, State)
            catch
                throw:_ -> ok;
                C:R:S ->
                    error_report(Name, Msg, State, exit_reason(C, R, S), From),
                    erlang:raise(C, R, S)
            end;
        false -> ok
    end,
    case {Class, Reason} of
        {exit, normal} -> ok;
        {exit, shutdown} -> ok;
        {exit, {shutdown, _}} -> ok;
        _ -> error_report(Name, Msg, State, Reason, From)
    end,
    case Stack of
        [] -> erlang:Class(Reason0);
        _ -> erlang:raise(Class, Reason0, Stack)
    end.

error_report(Name, Msg, State, Reason, From) ->
    Client = client_text(From),
    Text = io_lib:format("~s~n** Generic server ~p terminating ~n"
                         "** Last message in was ~p~n"
                         "** When Server state == ~p~n"
                         "** Reason for termination ==~n** ~p~n~s~n",
                         [erlts_report:error_header(), name(Name), Msg, State, Reason, Client]),
    case logger:allow(error, ?MODULE) of
        true -> io:put_chars(user, Text);
        false -> ok
    end.

%% The caller waiting for a reply, as OTP's error report shows it.
client_text({Pid, _Tag}) when is_pid(Pid), node(Pid) =:= node() ->
    case {process_info(Pid, current_stacktrace), process_info(Pid, registered_name)} of
        {undefined, _} -> io_lib:format("** Client ~p is dead~n", [Pid]);
        {{current_stacktrace, Stack}, {registered_name, Name}} ->
            io_lib:format("** Client ~p stacktrace~n** ~p~n", [Name, Stack]);
        {{current_stacktrace, Stack}, _} ->
            io_lib:format("** Client ~p stacktrace~n** ~p~n", [Pid, Stack])
    end;
client_text({Pid, _Tag}) when is_pid(Pid) ->
    io_lib:format("** Client ~p is remote on node ~p~n", [Pid, node(Pid)]);
client_text(_) -> "".

name(self) -> self();
name({local, Name}) -> Name;
name({global, Name}) -> Name;
name({via, _, Name}) -> Name.

%% ---- the client side ---------------------------------------------------------

%% The lines of OTP 25's call/2,3: a failed call exits from there.
-file("gen_server.erl", 364).
call(Server, Request) ->
    case catch gen:call(Server, '$gen_call', Request) of
        {ok, Reply} ->
            Reply;
        {'EXIT', Reason} ->
            exit({Reason, {?MODULE, call, [Server, Request]}})
    end.

-file("gen_server.erl", 379).
call(Server, Request, Timeout) ->
    case catch gen:call(Server, '$gen_call', Request, Timeout) of
        {ok, Reply} ->
            Reply;
        {'EXIT', Reason} ->
            exit({Reason, {?MODULE, call, [Server, Request, Timeout]}})
    end.

-file("gen_server.erl", 400).
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

%% A call to the server registered as Name on each node: {Replies, BadNodes}.
%% Each request is tagged {Tag, Node} as OTP's are, so any node's
%% gen_server answers it; a node that is down or has no such server is bad.
multi_call(Name, Request) -> multi_call([node() | nodes()], Name, Request, infinity).
multi_call(Nodes, Name, Request) -> multi_call(Nodes, Name, Request, infinity).
multi_call(Nodes, Name, Request, Timeout)
  when is_list(Nodes), is_atom(Name), Timeout =:= infinity;
       is_list(Nodes), is_atom(Name), is_integer(Timeout), Timeout >= 0 ->
    Tag = make_ref(),
    Sent = [begin
                Mref = erlang:monitor(process, {Name, Node}),
                {Name, Node} ! {'$gen_call', {self(), {Tag, Node}}, Request},
                {Node, Mref}
            end || Node <- Nodes, is_atom(Node)],
    Timer = case Timeout of
                infinity -> undefined;
                _ -> erlang:start_timer(Timeout, self(), Tag)
            end,
    Result = collect_replies(Sent, Tag, Timer, [], []),
    case Timer of
        undefined -> ok;
        _ -> erlang:cancel_timer(Timer), receive {timeout, Timer, Tag} -> ok after 0 -> ok end
    end,
    Result.

collect_replies([], _Tag, _Timer, Replies, Bad) ->
    {lists:reverse(Replies), lists:reverse(Bad)};
collect_replies([{Node, Mref} | Rest], Tag, Timer, Replies, Bad) ->
    receive
        {{Tag, Node}, Reply} ->
            erlang:demonitor(Mref, [flush]),
            collect_replies(Rest, Tag, Timer, [{Node, Reply} | Replies], Bad);
        {'DOWN', Mref, _, _, _} ->
            collect_replies(Rest, Tag, Timer, Replies, [Node | Bad]);
        {timeout, Timer, Tag} ->
            [erlang:demonitor(M, [flush]) || {_, M} <- Rest],
            erlang:demonitor(Mref, [flush]),
            {lists:reverse(Replies), lists:reverse(Bad, [Node | [N || {N, _} <- Rest]])}
    end.

abcast(Name, Request) -> abcast([node() | nodes()], Name, Request).
abcast(Nodes, Name, Request) when is_list(Nodes), is_atom(Name) ->
    [catch {Name, Node} ! {'$gen_cast', Request} || Node <- Nodes, is_atom(Node)],
    abcast.

cast(Server, Request) ->
    case resolve(Server) of
        undefined -> ok;
        Dest -> catch Dest ! {'$gen_cast', Request}, ok
    end.

reply({To, Tag}, Reply) ->
    catch To ! {Tag, Reply},
    ok.

send_request(Server, Request) ->
    Pid = resolve(Server),
    Mref = erlang:monitor(process, Pid),
    Pid ! {'$gen_call', {self(), Mref}, Request},
    Mref.

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
