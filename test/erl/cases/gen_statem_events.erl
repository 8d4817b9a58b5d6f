-module(gen_statem_events).
-behaviour(gen_statem).
-export([main/0]).
-export([init/1, callback_mode/0, handle_event/4, terminate/3]).

%% handle_event_function mode: generic and event timeouts, internal events,
%% repeat_state, stop_and_reply, and the errors a client sees.

init(ignore) -> ignore;
init({stop, R}) -> {stop, R};
init(bad) -> bad_init;
init({ok, Data}) -> {ok, idle, Data};
init({ok_actions, Data}) ->
    {ok, idle, Data, [{next_event, internal, boot}]}.

callback_mode() -> [handle_event_function, state_enter].

handle_event(enter, Old, State, Data) ->
    {keep_state, [{enter, Old, State} | Data]};
handle_event(internal, boot, _State, Data) ->
    {keep_state, [booted | Data]};
handle_event({call, From}, get, State, Data) ->
    {keep_state_and_data, [{reply, From, {State, lists:reverse(Data)}}]};
handle_event({call, From}, {arm, Name, T}, _State, _Data) ->
    {keep_state_and_data, [{reply, From, armed}, {{timeout, Name}, T, {fired, Name}}]};
handle_event({call, From}, {disarm, Name}, _State, _Data) ->
    {keep_state_and_data, [{reply, From, disarmed}, {{timeout, Name}, cancel}]};
handle_event({timeout, Name}, Msg, State, Data) ->
    {keep_state, [{generic, Name, Msg, State} | Data]};
handle_event({call, From}, {idle_after, T}, _State, Data) ->
    {next_state, waiting, Data, [{reply, From, ok}, {timeout, T, idle_timeout}]};
handle_event(timeout, Msg, waiting, Data) ->
    {next_state, idle, [{event_timeout, Msg} | Data]};
handle_event({call, From}, repeat, _State, Data) ->
    {repeat_state, Data, [{reply, From, repeated}]};
handle_event({call, From}, {go, S}, _State, Data) ->
    {next_state, S, Data, {reply, From, {went, S}}};
handle_event(cast, {chain, N}, _State, Data) when N > 0 ->
    {keep_state, [{chain, N} | Data], [{next_event, internal, {chain, N - 1}}]};
handle_event(internal, {chain, N}, _State, Data) when N > 0 ->
    {keep_state, [{chain, N} | Data], [{next_event, internal, {chain, N - 1}}]};
handle_event(internal, {chain, 0}, _State, Data) ->
    {keep_state, [chain_done | Data]};
handle_event({call, From}, quit, _State, Data) ->
    {stop_and_reply, normal, [{reply, From, bye}], Data};
handle_event({call, _From}, crash, _State, _Data) ->
    error(crashed);
handle_event({call, _From}, bad_result, _State, _Data) ->
    what;
handle_event({call, _From}, bad_action, _State, _Data) ->
    {keep_state_and_data, [{bogus, action}]};
handle_event({call, From}, slow, _State, _Data) ->
    timer:sleep(200),
    {keep_state_and_data, [{reply, From, slow}]};
handle_event(cast, {stop, R}, _State, _Data) ->
    {stop, R};
handle_event(info, Msg, _State, Data) ->
    {keep_state, [{info, Msg} | Data]}.

terminate(_Reason, _State, _Data) -> ok.

try_call(P, Req) ->
    try gen_statem:call(P, Req)
    catch C:{R, {gen_statem, call, [_, Req2, T]}} -> {C, R, Req2, T};
          C:R -> {C, R}
    end.

main() ->
    process_flag(trap_exit, true),
    %% some starts and calls crash machines on purpose: silence the reports
    logger:set_primary_config(level, none),
    io:format("~p~n", [gen_statem:start(?MODULE, ignore, [])]),
    io:format("~p~n", [gen_statem:start(?MODULE, {stop, no_way}, [])]),
    io:format("~p~n", [gen_statem:start(?MODULE, bad, [])]),
    {ok, P} = gen_statem:start_link(?MODULE, {ok_actions, []}, []),
    io:format("~p~n", [gen_statem:call(P, get)]),
    %% b fires before a by a margin that a loaded CI machine keeps
    io:format("~p~n", [gen_statem:call(P, {arm, a, 150})]),
    io:format("~p~n", [gen_statem:call(P, {arm, b, 10})]),
    io:format("~p~n", [gen_statem:call(P, {arm, c, 80})]),
    io:format("~p~n", [gen_statem:call(P, {disarm, c})]),
    timer:sleep(300),
    io:format("~p~n", [gen_statem:call(P, get)]),
    io:format("~p~n", [gen_statem:call(P, {idle_after, 20})]),
    timer:sleep(100),
    io:format("~p~n", [gen_statem:call(P, get)]),
    io:format("~p~n", [gen_statem:call(P, repeat)]),
    io:format("~p~n", [gen_statem:call(P, {go, busy})]),
    gen_statem:cast(P, {chain, 3}),
    P ! {hello, world},
    io:format("~p~n", [gen_statem:call(P, get)]),
    io:format("~p~n", [gen_statem:call(P, quit)]),
    receive {'EXIT', P, R0} -> io:format("exit ~p~n", [R0]) after 1000 -> ok end,
    io:format("~p~n", [try_call(P, get)]),
    io:format("~p~n", [catch gen_statem:call(nobody_here, get)]),
    io:format("~p~n", [catch gen_statem:call(nobody_here, get, 100)]),
    io:format("~p~n", [catch gen_statem:stop(nobody_here)]),
    io:format("~p~n", [gen_statem:cast(nobody_here, hi)]),
    {ok, P2} = gen_statem:start(?MODULE, {ok, []}, []),
    io:format("~p~n", [try_call(P2, crash) =:= {exit, crashed, crash, infinity} orelse
                       element(1, try_call(P2, crash))]),
    {ok, P3} = gen_statem:start(?MODULE, {ok, []}, []),
    io:format("~p~n", [reason_head(catch gen_statem:call(P3, bad_result))]),
    {ok, P4} = gen_statem:start(?MODULE, {ok, []}, []),
    io:format("~p~n", [reason_head(catch gen_statem:call(P4, bad_action))]),
    {ok, P5} = gen_statem:start(?MODULE, {ok, []}, []),
    io:format("~p~n", [try_call2(P5, slow, 50)]),
    {ok, P6} = gen_statem:start(?MODULE, {ok, []}, []),
    M6 = monitor(process, P6),
    gen_statem:cast(P6, {stop, {custom, reason}}),
    receive {'DOWN', M6, process, P6, R6} -> io:format("down ~p~n", [R6]) after 1000 -> ok end,
    {ok, P7} = gen_statem:start(?MODULE, {ok, []}, []),
    io:format("~p~n", [catch gen_statem:stop(P7, odd, infinity)]),
    ok.

try_call2(P, Req, T) ->
    try gen_statem:call(P, Req, T)
    catch C:{R, {gen_statem, call, [_, Req2, T2]}} -> {C, R, Req2, T2}
    end.

%% The exit reason without the stack and pid.
reason_head({'EXIT', {{Reason, [{M, F, A, _} | _]}, {gen_statem, call, [_, Req, T]}}}) ->
    {Reason, {M, F, A}, Req, T}.
