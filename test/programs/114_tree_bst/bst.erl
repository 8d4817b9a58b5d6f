-module(bst).
-export([main/0]).

%% A binary search tree of tuples: nil | {Key, Value, Left, Right}.
insert(K, V, nil) -> {K, V, nil, nil};
insert(K, V, {K, _, L, R}) -> {K, V, L, R};
insert(K, V, {K1, V1, L, R}) when K < K1 -> {K1, V1, insert(K, V, L), R};
insert(K, V, {K1, V1, L, R}) -> {K1, V1, L, insert(K, V, R)}.

lookup(_, nil) -> none;
lookup(K, {K, V, _, _}) -> {ok, V};
lookup(K, {K1, _, L, _}) when K < K1 -> lookup(K, L);
lookup(K, {_, _, _, R}) -> lookup(K, R).

to_list(nil) -> [];
to_list({K, V, L, R}) -> to_list(L) ++ [{K, V}] ++ to_list(R).

depth(nil) -> 0;
depth({_, _, L, R}) -> 1 + max(depth(L), depth(R)).

delete_min({K, V, nil, R}) -> {K, V, R};
delete_min({K, V, L, R}) -> {K1, V1, L1} = delete_min(L), {K1, V1, {K, V, L1, R}}.

delete(_, nil) -> nil;
delete(K, {K, _, nil, R}) -> R;
delete(K, {K, _, L, nil}) -> L;
delete(K, {K, _, L, R}) -> {K1, V1, R1} = delete_min(R), {K1, V1, L, R1};
delete(K, {K1, V1, L, R}) when K < K1 -> {K1, V1, delete(K, L), R};
delete(K, {K1, V1, L, R}) -> {K1, V1, L, delete(K, R)}.

main() ->
    T = lists:foldl(fun(K, Acc) -> insert(K, K * K, Acc) end, nil, [50, 30, 70, 20, 40, 60, 80, 35]),
    io:format("~w~n", [to_list(T)]),
    io:format("~w ~w~n", [lookup(40, T), lookup(45, T)]),
    io:format("depth ~w~n", [depth(T)]),
    T2 = delete(30, delete(50, T)),
    io:format("~w~n", [[K || {K, _} <- to_list(T2)]]),
    io:format("~w~n", [T2]),
    Skewed = lists:foldl(fun(K, Acc) -> insert(K, x, Acc) end, nil, lists:seq(1, 10)),
    io:format("skewed depth ~w~n", [depth(Skewed)]).
