-module(kvs).
-export([start/0, store/2, lookup/1]).
start() ->
    io:format("starting server...~n"),
    register(kvs, spawn(fun()-> loop() end)).
store(Key, Value) ->
    rpc({store, Key, Value}).
lookup(Key) ->
    rpc({lookup, Key}).
rpc(Q) ->
    kvs ! {self(), Q},
    receive
        {kvs, Reply} ->
            Reply
    end.
