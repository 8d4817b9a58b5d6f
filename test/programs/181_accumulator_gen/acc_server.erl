-module(acc_server).
-behaviour(gen_server).
-export([main/0, init/1, handle_call/3, handle_cast/2, handle_info/2, terminate/2, code_change/3]).

main() ->
    {ok, P} = gen_server:start({local, acc}, ?MODULE, 100, []),
    gen_server:cast(acc, {add, 5}),
    gen_server:cast(acc, {add, -20}),
    io:format("~p~n", [gen_server:call(acc, total)]),
    io:format("~p~n", [gen_server:call(acc, history)]),
    {error, {already_started, P2}} = gen_server:start({local, acc}, ?MODULE, 0, []),
    io:format("same server: ~p~n", [P =:= P2]),
    io:format("~p~n", [catch gen_server:call(acc, unknown)]),
    io:format("~p~n", [is_pid(whereis(acc))]).

init(Start) -> {ok, {Start, []}}.

handle_call(total, _From, {T, _} = S) -> {reply, T, S};
handle_call(history, _From, {_, H} = S) -> {reply, lists:reverse(H), S};
handle_call(_, _From, S) -> {reply, {error, unknown_request}, S}.

handle_cast({add, N}, {T, H}) -> {noreply, {T + N, [N | H]}}.

handle_info(_, S) -> {noreply, S}.
terminate(_, _) -> ok.
code_change(_, S, _) -> {ok, S}.
