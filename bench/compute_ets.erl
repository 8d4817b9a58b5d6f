%% compute_ets: a word-count and index job on `ets' tables: N keys counted
%% into a set with ets:update_counter/4, the counts copied into an
%% ordered_set walked with ets:first/next, lookups, a hand-written match
%% specification for ets:select/2, ets:foldl/3, deletes and a bag.
%% run(N) -> {Distinct, DistinctCounts, Selected, BagSize, Checksum}.
-module(compute_ets).
-export([size/1, run/1]).

size(small) -> 20000;
size(medium) -> 250000.

run(N) ->
    Counts = ets:new(counts, [set]),
    Keys = keys(N, 77, []),
    lists:foreach(fun(K) -> ets:update_counter(Counts, K, 1, {K, 0}) end, Keys),
    Ordered = ets:new(ordered, [ordered_set]),
    ets:foldl(fun({K, C}, ok) -> ets:insert(Ordered, {C, K, 0}), ok end, ok, Counts),
    Walk = walk(Ordered, ets:first(Ordered), 0),
    Found = lists:foldl(fun(K, Acc) ->
                                case ets:lookup(Counts, K * 7 rem 5003) of
                                    [{_, C}] -> Acc + C;
                                    [] -> Acc
                                end
                        end, 0, Keys),
    Selected = length(ets:select(Counts, [{{'$1', '$2'}, [{'>', '$2', 40}], ['$1']}])),
    Bag = ets:new(bag, [bag]),
    lists:foreach(fun(K) -> ets:insert(Bag, {K rem 97, K}) end, lists:sublist(Keys, N div 4)),
    BagSize = length(ets:lookup(Bag, 5)) + ets:info(Bag, size),
    Distinct = ets:info(Counts, size),
    [ets:delete(Counts, K) || K <- lists:seq(0, 5002, 2)],
    %% A set's traversal order is the implementation's: sum, do not fold in order.
    Left = ets:foldl(fun({K, C}, Acc) -> (Acc + K * C) rem 1000000007 end, 0, Counts),
    DistinctCounts = ets:info(Ordered, size),
    lists:foreach(fun ets:delete/1, [Counts, Ordered, Bag]),
    {Distinct, DistinctCounts, Selected, BagSize, (Walk + Found + Left) rem 1000000007}.

walk(_T, '$end_of_table', Acc) -> Acc;
walk(T, Key, Acc) -> walk(T, ets:next(T, Key), (Acc * 31 + Key) rem 1000000007).

%% N keys below 5003 from a Park-Miller generator, some far more frequent.
keys(0, _, Acc) -> Acc;
keys(K, X, Acc) ->
    X1 = X * 16807 rem 2147483647,
    Key = case X1 rem 3 of 0 -> X1 rem 50; _ -> X1 rem 5003 end,
    keys(K - 1, X1, [Key | Acc]).
