-module(gbdemo).
-export([main/0]).

main() ->
    T = lists:foldl(fun({K, V}, Acc) -> gb_trees:insert(K, V, Acc) end, gb_trees:empty(),
                    [{3, c}, {1, a}, {2, b}, {5, e}]),
    io:format("~p~n", [gb_trees:to_list(T)]),
    io:format("~p ~p~n", [gb_trees:lookup(2, T), gb_trees:lookup(9, T)]),
    io:format("~p~n", [gb_trees:smallest(T)]),
    io:format("~p~n", [gb_trees:largest(T)]),
    io:format("~p~n", [gb_trees:keys(gb_trees:delete(3, T))]),
    io:format("~p~n", [gb_trees:size(T)]),
    It = gb_trees:iterator(T),
    {K1, V1, It2} = gb_trees:next(It),
    {K2, V2, _} = gb_trees:next(It2),
    io:format("~p~n", [[{K1, V1}, {K2, V2}]]),
    S = gb_sets:from_list([c, a, b, a]),
    io:format("~p~n", [gb_sets:to_list(S)]),
    io:format("~p~n", [gb_sets:is_member(b, S)]),
    io:format("~p~n", [gb_sets:to_list(gb_sets:union(S, gb_sets:from_list([z])))]),
    S1 = sets:from_list([1, 2, 3, 4]),
    S2 = sets:from_list([3, 4, 5]),
    io:format("~p~n", [lists:sort(sets:to_list(sets:intersection(S1, S2)))]),
    io:format("~p~n", [lists:sort(sets:to_list(sets:subtract(S1, S2)))]),
    io:format("~p~n", [sets:is_subset(sets:from_list([1]), S1)]),
    O = ordsets:from_list([d, b, a, b]),
    io:format("~p~n", [O]),
    io:format("~p~n", [ordsets:union(O, [c, e])]),
    io:format("~p~n", [orddict:to_list(orddict:store(b, 2, orddict:from_list([{a, 1}, {c, 3}])))]).
