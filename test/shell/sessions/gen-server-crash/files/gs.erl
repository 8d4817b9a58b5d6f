-module(gs).
-behaviour(gen_server).
-export([start/0, start_link/0, crash/0, ping/0, stop/0, init/1, handle_call/3, handle_cast/2, handle_info/2, terminate/2]).
start() -> gen_server:start({local, gs}, ?MODULE, [], []).
start_link() -> gen_server:start_link({local, gs}, ?MODULE, [], []).
crash() -> gen_server:call(gs, crash).
ping() -> gen_server:call(gs, ping).
stop() -> gen_server:stop(gs).
init([]) -> {ok, 0}.
handle_call(crash, _From, S) -> {reply, 1 / S, S};
handle_call(ping, _From, S) -> {reply, pong, S + 1}.
handle_cast(boom, S) -> {noreply, element(1, S)};
handle_cast(_, S) -> {noreply, S}.
handle_info(die, S) -> {stop, went_away, S};
handle_info(_, S) -> {noreply, S}.
terminate(_R, _S) -> ok.
