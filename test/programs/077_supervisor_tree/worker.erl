-module(worker).
-behaviour(gen_server).
-export([start_link/1, crash/1, ping/1]).
-export([init/1, handle_call/3, handle_cast/2]).

start_link(Name) -> gen_server:start_link({local, Name}, ?MODULE, Name, []).

crash(Name) -> gen_server:cast(Name, crash).
ping(Name) -> gen_server:call(Name, ping).

init(Name) ->
    io:format("worker ~p starting~n", [Name]),
    {ok, {Name, 0}}.

handle_call(ping, _From, {Name, N}) -> {reply, {pong, Name, N + 1}, {Name, N + 1}}.

handle_cast(crash, State) -> {stop, crashed, State}.
