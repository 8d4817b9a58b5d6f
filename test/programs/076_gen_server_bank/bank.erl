-module(bank).
-behaviour(gen_server).
-export([main/0]).
-export([init/1, handle_call/3, handle_cast/2]).

-record(state, {accounts = #{}, log = []}).

main() ->
    {ok, Pid} = gen_server:start(?MODULE, [], []),
    Call = fun(Req) -> Res = gen_server:call(Pid, Req), io:format("~p -> ~p~n", [Req, Res]) end,
    Call({open, alice}),
    Call({open, alice}),
    Call({deposit, alice, 100}),
    Call({withdraw, alice, 30}),
    Call({withdraw, alice, 300}),
    Call({open, bob}),
    Call({transfer, alice, bob, 50}),
    Call({balance, bob}),
    Call({balance, carol}),
    Call(history),
    gen_server:cast(Pid, reset),
    Call(history),
    gen_server:stop(Pid).

init([]) -> {ok, #state{}}.

handle_call({open, Who}, _From, #state{accounts = A} = S) ->
    case maps:is_key(Who, A) of
        true -> {reply, {error, exists}, S};
        false -> {reply, ok, log({open, Who}, S#state{accounts = A#{Who => 0}})}
    end;
handle_call({deposit, Who, N}, _From, #state{accounts = A} = S) ->
    #{Who := Old} = A,
    {reply, {ok, Old + N}, log({deposit, Who, N}, S#state{accounts = A#{Who := Old + N}})};
handle_call({withdraw, Who, N}, _From, #state{accounts = A} = S) ->
    case A of
        #{Who := Old} when Old >= N -> {reply, {ok, Old - N}, log({withdraw, Who, N}, S#state{accounts = A#{Who := Old - N}})};
        #{Who := _} -> {reply, {error, insufficient}, S}
    end;
handle_call({transfer, From, To, N}, F, S) ->
    {reply, {ok, _}, S1} = handle_call({withdraw, From, N}, F, S),
    {reply, {ok, _}, S2} = handle_call({deposit, To, N}, F, S1),
    {reply, ok, S2};
handle_call({balance, Who}, _From, #state{accounts = A} = S) ->
    {reply, maps:find(Who, A), S};
handle_call(history, _From, #state{log = L} = S) ->
    {reply, lists:reverse(L), S}.

handle_cast(reset, S) -> {noreply, S#state{log = []}}.

log(Entry, #state{log = L} = S) -> S#state{log = [Entry | L]}.
