%% compute_gen_server: a key-value gen_server under many requests: N
%% gen_server:call/2 updates and reads and N div 4 gen_server:cast/2
%% deletes, from one client, on a server keeping its state in a map.
%% run(N) -> {Size, Total, Hits}.
-module(compute_gen_server).
-behaviour(gen_server).
-export([size/1, run/1]).
-export([init/1, handle_call/3, handle_cast/2]).

size(small) -> 10000;
size(medium) -> 60000.

run(N) ->
    {ok, Pid} = gen_server:start_link(?MODULE, [], []),
    Hits = client(Pid, N, 13, 0),
    {Size, Total} = gen_server:call(Pid, summary),
    ok = gen_server:stop(Pid),
    {Size, Total, Hits}.

client(_Pid, 0, _, Hits) -> Hits;
client(Pid, K, X, Hits) ->
    X1 = X * 16807 rem 2147483647,
    Key = X1 rem 1009,
    ok = gen_server:call(Pid, {add, Key, X1 rem 100}),
    Hits1 = case gen_server:call(Pid, {get, (Key * 3) rem 1009}) of
                {ok, _} -> Hits + 1;
                error -> Hits
            end,
    case K rem 4 of
        0 -> gen_server:cast(Pid, {delete, (Key * 7) rem 1009});
        _ -> ok
    end,
    client(Pid, K - 1, X1, Hits1).

init([]) -> {ok, #{}}.

handle_call({add, Key, V}, _From, State) ->
    {reply, ok, maps:update_with(Key, fun(Old) -> Old + V end, V, State)};
handle_call({get, Key}, _From, State) ->
    {reply, maps:find(Key, State), State};
handle_call(summary, _From, State) ->
    {reply, {maps:size(State), lists:sum(maps:values(State))}, State}.

handle_cast({delete, Key}, State) ->
    {noreply, maps:remove(Key, State)}.
