-module(registry).
-export([start/0, stop/0, register_name/2, lookup/1]).

start() ->
    Pid = spawn(fun() -> loop(#{}) end),
    register(?MODULE, Pid),
    Pid.

stop() -> ?MODULE ! stop, unregister(?MODULE), ok.

register_name(Name, Value) -> call({register, Name, Value}).
lookup(Name) -> call({lookup, Name}).

call(Req) ->
    ?MODULE ! {self(), Req},
    receive {?MODULE, Reply} -> Reply end.

loop(M) ->
    receive
        {From, {register, N, V}} when is_map_key(N, M) -> From ! {?MODULE, {error, taken}}, loop(M);
        {From, {register, N, V}} -> From ! {?MODULE, ok}, loop(M#{N => V});
        {From, {lookup, N}} -> From ! {?MODULE, maps:find(N, M)}, loop(M);
        stop -> ok
    end.
