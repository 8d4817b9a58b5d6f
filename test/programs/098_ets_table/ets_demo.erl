-module(ets_demo).
-export([main/0]).

main() ->
    T = ets:new(fruit, [set, named_table]),
    ets:insert(fruit, [{apple, red, 3}, {banana, yellow, 6}, {cherry, red, 10}, {lime, green, 2}]),
    io:format("~p~n", [ets:lookup(fruit, apple)]),
    io:format("~p~n", [ets:lookup(fruit, grape)]),
    io:format("~p~n", [lists:sort(ets:match(fruit, {'$1', red, '_'}))]),
    io:format("~p~n", [lists:sort(ets:select(fruit, [{{'$1', '_', '$2'}, [{'>', '$2', 4}], ['$1']}]))]),
    ets:update_counter(fruit, apple, {3, 10}),
    io:format("~p~n", [ets:lookup_element(fruit, apple, 3)]),
    ets:delete(fruit, lime),
    io:format("~p~n", [ets:info(T, size)]),
    io:format("~p~n", [lists:sort(ets:tab2list(fruit))]),
    io:format("~p~n", [ets:member(fruit, lime)]),
    B = ets:new(bag, [bag]),
    ets:insert(B, [{k, 1}, {k, 2}, {k, 1}, {j, 3}]),
    io:format("~p~n", [lists:sort(ets:lookup(B, k))]),
    O = ets:new(ord, [ordered_set]),
    ets:insert(O, [{N, N * N} || N <- [5, 3, 9, 1]]),
    io:format("~p ~p ~p~n", [ets:first(O), ets:next(O, 3), ets:last(O)]),
    io:format("~p~n", [ets:tab2list(O)]),
    io:format("~p~n", [ets:foldl(fun({_, V}, Acc) -> V + Acc end, 0, O)]),
    ets:delete(T),
    io:format("~p~n", [catch ets:lookup(fruit, apple)]).
