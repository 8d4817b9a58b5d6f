-module(gen_statem_basic).
-behaviour(gen_statem).
-export([main/0]).
-export([init/1, callback_mode/0, locked/3, open/3, terminate/3, code_change/4]).

%% A code lock: state_functions with state_enter, postpone, state_timeout,
%% next_event.

init(Code) ->
    {ok, locked, #{code => Code, buttons => [], log => []}}.

callback_mode() -> [state_functions, state_enter].

locked(enter, Old, Data) ->
    {keep_state, log({enter_locked, Old}, Data#{buttons := []})};
locked(cast, {button, B}, #{code := Code, buttons := Bs} = Data) ->
    New = Bs ++ [B],
    if
        New =:= Code -> {next_state, open, Data#{buttons := []}};
        length(New) >= length(Code) -> {keep_state, Data#{buttons := tl(New)}};
        true -> {keep_state, Data#{buttons := New}}
    end;
locked({call, From}, get_state, Data) ->
    {keep_state_and_data, [{reply, From, {locked, maps:get(buttons, Data)}}]};
locked({call, From}, get_log, #{log := L}) ->
    {keep_state_and_data, {reply, From, lists:reverse(L)}};
locked({call, _From}, open_door, _Data) ->
    {keep_state_and_data, postpone};
locked(cast, {multi, Bs}, Data) ->
    {keep_state, Data, [{next_event, cast, {button, B}} || B <- Bs]};
locked(info, Msg, Data) ->
    {keep_state, log({info, Msg}, Data)}.

open(enter, Old, Data) ->
    {keep_state, log({enter_open, Old}, Data), [{state_timeout, 30, lock}]};
open(state_timeout, lock, Data) ->
    {next_state, locked, log(timed_lock, Data)};
open({call, From}, open_door, Data) ->
    {keep_state, log(door_opened, Data), [{reply, From, opened}]};
open({call, From}, get_state, _Data) ->
    {keep_state_and_data, [{reply, From, open}]};
open({call, From}, get_log, #{log := L}) ->
    {keep_state_and_data, {reply, From, lists:reverse(L)}};
open(cast, {button, _}, Data) ->
    {next_state, locked, Data}.

terminate(Reason, State, _Data) ->
    case whereis(gsb_watch) of
        undefined -> ok;
        P -> P ! {terminated, Reason, State}
    end,
    ok.

code_change(_Old, State, Data, _Extra) -> {ok, State, Data}.

log(E, #{log := L} = D) -> D#{log := [E | L]}.

main() ->
    {ok, P} = gen_statem:start(?MODULE, [1, 2, 3], []),
    io:format("~p~n", [gen_statem:call(P, get_state)]),
    gen_statem:cast(P, {button, 1}),
    gen_statem:cast(P, {button, 2}),
    io:format("~p~n", [gen_statem:call(P, get_state)]),
    gen_statem:cast(P, {button, 9}),
    io:format("~p~n", [gen_statem:call(P, get_state)]),
    P ! hello,
    %% open_door is postponed while locked, answered once the lock opens.
    Self = self(),
    spawn(fun() -> Self ! {door, gen_statem:call(P, open_door)} end),
    timer:sleep(20),
    gen_statem:cast(P, {multi, [1, 2, 3]}),
    receive {door, R} -> io:format("door ~p~n", [R]) after 1000 -> io:format("no door~n") end,
    io:format("~p~n", [gen_statem:call(P, get_state)]),
    timer:sleep(100),
    io:format("~p~n", [gen_statem:call(P, get_state)]),
    io:format("~p~n", [gen_statem:call(P, get_log)]),
    io:format("~p~n", [sys:get_state(P)]),
    %% a named machine, stopped normally
    {ok, P2} = gen_statem:start_link({local, gsb_lock}, ?MODULE, [7], []),
    io:format("~p~n", [gen_statem:start({local, gsb_lock}, ?MODULE, [7], []) =:= {error, {already_started, P2}}]),
    register(gsb_watch, self()),
    gen_statem:cast(gsb_lock, {button, 7}),
    io:format("~p~n", [gen_statem:call(gsb_lock, get_state)]),
    io:format("~p~n", [gen_statem:stop(gsb_lock)]),
    receive {terminated, R2, S2} -> io:format("~p~n", [{R2, S2}]) after 1000 -> ok end,
    io:format("~p~n", [whereis(gsb_lock)]),
    io:format("~p~n", [gen_statem:stop(P, shutdown, 1000)]),
    receive {terminated, R3, S3} -> io:format("~p~n", [{R3, S3}]) after 1000 -> ok end,
    io:format("~p~n", [is_process_alive(P)]),
    %% send_request / receive_response
    {ok, P3} = gen_statem:start(?MODULE, [5], []),
    Req = gen_statem:send_request(P3, get_state),
    io:format("~p~n", [gen_statem:receive_response(Req, 1000)]),
    Req2 = gen_statem:send_request(P3, get_log),
    io:format("~p~n", [gen_statem:wait_response(Req2, 1000)]),
    {ok, {P4, Ref}} = gen_statem:start_monitor(?MODULE, [5], []),
    gen_statem:stop(P4, {shutdown, bye}, infinity),
    receive {'DOWN', Ref, process, P4, Why} -> io:format("down ~p~n", [Why]) after 1000 -> ok end,
    unregister(gsb_watch),
    ok.
