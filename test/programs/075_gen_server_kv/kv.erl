-module(kv).
-behaviour(gen_server).
-export([start_link/0, put/2, get/1, delete/1, keys/0, stop/0]).
-export([init/1, handle_call/3, handle_cast/2, handle_info/2, terminate/2]).

start_link() -> gen_server:start_link({local, ?MODULE}, ?MODULE, [], []).

put(K, V) -> gen_server:call(?MODULE, {put, K, V}).
get(K) -> gen_server:call(?MODULE, {get, K}).
delete(K) -> gen_server:cast(?MODULE, {delete, K}).
keys() -> gen_server:call(?MODULE, keys).
stop() -> gen_server:stop(?MODULE).

init([]) -> {ok, #{}}.

handle_call({put, K, V}, _From, S) -> {reply, maps:get(K, S, undefined), S#{K => V}};
handle_call({get, K}, _From, S) ->
    Reply = case maps:find(K, S) of {ok, V} -> {ok, V}; error -> not_found end,
    {reply, Reply, S};
handle_call(keys, _From, S) -> {reply, lists:sort(maps:keys(S)), S}.

handle_cast({delete, K}, S) -> {noreply, maps:remove(K, S)}.

handle_info(Msg, S) -> io:format("unexpected message: ~p~n", [Msg]), {noreply, S}.

terminate(Reason, S) -> io:format("kv terminating: ~p with ~w keys~n", [Reason, map_size(S)]).
