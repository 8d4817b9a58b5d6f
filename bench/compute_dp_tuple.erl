%% compute_dp_tuple: bottom-up 0/1 knapsack over N items and capacity C,
%% one tuple per row of the table: each row is built as a list from
%% element/2 reads of the previous row, then list_to_tuple/1.
%% run({N, C}) -> {BestValue, RowChecksum}.
-module(compute_dp_tuple).
-export([size/1, run/1]).

size(small) -> {40, 1000};
size(medium) -> {300, 10000}.

run({N, C}) ->
    Items = items(N, 99, []),
    Row0 = erlang:make_tuple(C + 1, 0),
    Last = lists:foldl(fun(Item, Prev) -> row(Item, Prev, C) end, Row0, Items),
    {element(C + 1, Last), checksum(tuple_to_list(Last), 0)}.

%% Row for capacities 0..C, built from the highest capacity down.
row({W, V}, Prev, C) -> list_to_tuple(row(W, V, Prev, C, [])).

row(_W, _V, _Prev, Cap, Acc) when Cap < 0 -> Acc;
row(W, V, Prev, Cap, Acc) ->
    Skip = element(Cap + 1, Prev),
    Best = case Cap >= W of
               true -> max(Skip, element(Cap - W + 1, Prev) + V);
               false -> Skip
           end,
    row(W, V, Prev, Cap - 1, [Best | Acc]).

items(0, _, Acc) -> Acc;
items(K, X, Acc) ->
    X1 = X * 16807 rem 2147483647,
    items(K - 1, X1, [{5 + X1 rem 120, 1 + (X1 div 120) rem 500} | Acc]).

checksum([], Acc) -> Acc;
checksum([X | Xs], Acc) -> checksum(Xs, (Acc * 33 + X) rem 1000000007).
