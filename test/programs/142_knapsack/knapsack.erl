-module(knapsack).
-export([main/0]).

%% 0/1 knapsack: best value for each capacity, item by item.
best(Items, Cap) ->
    Table = lists:foldl(fun({W, V}, Row) ->
                                list_to_tuple([case C >= W of
                                                   true -> max(element(C + 1, Row), element(C - W + 1, Row) + V);
                                                   false -> element(C + 1, Row)
                                               end || C <- lists:seq(0, Cap)])
                        end, list_to_tuple(lists:duplicate(Cap + 1, 0)), Items),
    element(Cap + 1, Table).

main() ->
    io:format("~w~n", [best([{5, 10}, {4, 40}, {6, 30}, {4, 50}], 10)]),
    io:format("~w~n", [best([{1, 1}, {3, 4}, {4, 5}, {5, 7}], 7)]),
    io:format("~w~n", [best([], 100)]),
    io:format("~w~n", [best([{25, 350}, {35, 400}, {45, 450}, {5, 20}, {25, 70}, {3, 8}, {2, 5}, {2, 5}], 104)]).
