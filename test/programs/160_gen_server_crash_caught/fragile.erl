-module(fragile).
-behaviour(gen_server).
-export([main/0, init/1, handle_call/3, handle_cast/2]).

main() ->
    logger:set_primary_config(level, none),
    process_flag(trap_exit, true),
    {ok, Pid} = gen_server:start_link(?MODULE, [], []),
    io:format("~p~n", [gen_server:call(Pid, {divide, 10, 2})]),
    Result = (catch gen_server:call(Pid, {divide, 1, 0})),
    {'EXIT', {{Reason, _Stack}, {gen_server, call, _}}} = Result,
    io:format("call failed: ~p~n", [Reason]),
    receive {'EXIT', Pid, {R, _}} -> io:format("server exited: ~p~n", [R]) end,
    {'EXIT', {Why, _}} = (catch gen_server:call(Pid, {divide, 1, 1})),
    io:format("after the crash: ~p~n", [Why]).

init([]) -> {ok, 0}.

handle_call({divide, A, B}, _From, N) -> {reply, A div B, N + 1}.

handle_cast(_, S) -> {noreply, S}.
