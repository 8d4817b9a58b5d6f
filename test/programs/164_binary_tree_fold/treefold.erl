-module(treefold).
-export([main/0]).

-type tree() :: leaf | {node, tree(), integer(), tree()}.

-spec from_list([integer()]) -> tree().
from_list(L) -> lists:foldl(fun insert/2, leaf, L).

insert(X, leaf) -> {node, leaf, X, leaf};
insert(X, {node, L, V, R}) when X < V -> {node, insert(X, L), V, R};
insert(X, {node, L, V, R}) -> {node, L, V, insert(X, R)}.

fold(_, Acc, leaf) -> Acc;
fold(F, Acc, {node, L, V, R}) -> fold(F, F(V, fold(F, Acc, L)), R).

map(_, leaf) -> leaf;
map(F, {node, L, V, R}) -> {node, map(F, L), F(V), map(F, R)}.

height(leaf) -> 0;
height({node, L, _, R}) -> 1 + max(height(L), height(R)).

main() ->
    T = from_list([8, 3, 10, 1, 6, 14, 4, 7, 13]),
    io:format("in order: ~w~n", [lists:reverse(fold(fun(V, A) -> [V | A] end, [], T))]),
    io:format("sum: ~w~n", [fold(fun erlang:'+'/2, 0, T)]),
    io:format("max: ~w~n", [fold(fun erlang:max/2, 0, T)]),
    io:format("height: ~w~n", [height(T)]),
    io:format("~w~n", [map(fun(V) -> V * 10 end, from_list([2, 1, 3]))]).
