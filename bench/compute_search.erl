%% compute_search: exhaustive 0/1 knapsack, every subset of N items tried
%% without pruning by value. Each call builds and matches a
%% {Weight, Value, Index} tuple and makes two non-tail recursive calls (item
%% left out, item taken while it fits), so the call tree has up to 2^(N+1)
%% nodes: about four million at the medium size.
%% run(N) -> {BestValue, Calls}.
-module(compute_search).
-export([size/1, run/1]).

size(small) -> 15;
size(medium) -> 22.

run(N) ->
    Items = list_to_tuple(items(N, 42, [])),
    Capacity = total_weight(tuple_to_list(Items), 0) div 2,
    best(Items, Capacity, {0, 0, 1}).

%% Returns {BestValue, Calls} for the subtree below this state.
best(Items, _Capacity, {_Weight, Value, Index}) when Index > tuple_size(Items) ->
    {Value, 1};
best(Items, Capacity, {Weight, Value, Index}) ->
    {W, V} = element(Index, Items),
    {Without, C1} = best(Items, Capacity, {Weight, Value, Index + 1}),
    case Weight + W =< Capacity of
        true ->
            {With, C2} = best(Items, Capacity, {Weight + W, Value + V, Index + 1}),
            {max(Without, With), C1 + C2 + 1};
        false ->
            {Without, C1 + 1}
    end.

%% N items {Weight, Value} from a Park-Miller generator with a fixed seed.
items(0, _, Acc) -> Acc;
items(K, X, Acc) ->
    X1 = X * 16807 rem 2147483647,
    items(K - 1, X1, [{1 + X1 rem 97, 1 + (X1 div 97) rem 89} | Acc]).

total_weight([], Sum) -> Sum;
total_weight([{W, _} | Rest], Sum) -> total_weight(Rest, Sum + W).
