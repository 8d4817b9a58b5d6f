-module(kvstore_tests).
-include_lib("eunit/include/eunit.hrl").
-export([run/0]).

run() ->
    Result = eunit:test(?MODULE),
    io:format("eunit returned ~p~n", [Result]).

empty_test() -> ?assertEqual(0, kvstore:size(kvstore:new())).
put_get_test() -> ?assertEqual({ok, 1}, kvstore:get(a, kvstore:put(a, 1, kvstore:new()))).
overwrite_test() -> ?assertEqual({ok, 2}, kvstore:get(a, kvstore:put(a, 2, kvstore:put(a, 1, kvstore:new())))).
delete_test() -> ?assertEqual(error, kvstore:get(a, kvstore:delete(a, kvstore:put(a, 1, kvstore:new())))).
many_test_() ->
    T = lists:foldl(fun(K, Acc) -> kvstore:put(K, K * 2, Acc) end, kvstore:new(), lists:seq(1, 100)),
    [?_assertEqual(100, kvstore:size(T)), ?_assertEqual({ok, 84}, kvstore:get(42, T))].
