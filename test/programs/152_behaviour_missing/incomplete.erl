-module(incomplete).
-behaviour(gen_server).
-export([main/0, init/1, handle_call/3]).

main() ->
    {ok, Pid} = gen_server:start(?MODULE, [], []),
    io:format("~p~n", [gen_server:call(Pid, hello)]).

init([]) -> {ok, nostate}.

handle_call(Msg, _From, S) -> {reply, {echo, Msg}, S}.
