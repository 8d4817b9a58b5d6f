-module(kv_demo).
-export([main/0]).

main() ->
    {ok, _} = kv:start_link(),
    io:format("~p~n", [kv:put(apple, 3)]),
    io:format("~p~n", [kv:put(apple, 5)]),
    io:format("~p~n", [kv:put(pear, 1)]),
    io:format("~p~n", [kv:get(apple)]),
    io:format("~p~n", [kv:get(plum)]),
    kv:delete(pear),
    io:format("~p~n", [kv:keys()]),
    kv ! hello,
    io:format("~p~n", [kv:keys()]),
    ok = kv:stop(),
    io:format("registered: ~p~n", [whereis(kv)]).
