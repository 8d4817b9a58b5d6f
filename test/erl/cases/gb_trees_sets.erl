-module(gb_trees_sets).
-export([main/0]).

%% gb_trees and gb_sets: printed trees (OTP's shapes and rebalancing),
%% the API, and bad arguments.
main() ->
    trees(),
    sets(),
    ok.

trees() ->
    E = gb_trees:empty(),
    p({E, gb_trees:is_empty(E), gb_trees:size(E)}),
    T = lists:foldl(fun(K, Acc) -> gb_trees:insert(K, K * 10, Acc) end, E, [5, 3, 8, 1, 4, 7, 9, 2, 6]),
    p(T),
    Seq = lists:foldl(fun(K, Acc) -> gb_trees:insert(K, v, Acc) end, E, lists:seq(1, 40)),
    p(Seq),
    p(gb_trees:balance(Seq)),
    p({gb_trees:lookup(4, T), gb_trees:lookup(40, T), gb_trees:get(7, T), gb_trees:is_defined(2, T),
       gb_trees:is_defined(2.0, T), gb_trees:is_defined(0, T), gb_trees:size(T), gb_trees:is_empty(T)}),
    p(gb_trees:update(4, four, T)),
    p(gb_trees:enter(4, four, T)),
    p(gb_trees:enter(10, ten, T)),
    p(gb_trees:delete(5, T)),
    p(gb_trees:delete_any(50, T) =:= T),
    p(gb_trees:delete_any(1, T)),
    p(gb_trees:take(3, T)),
    p({gb_trees:take_any(3, T), gb_trees:take_any(33, T)}),
    p({gb_trees:keys(T), gb_trees:values(T), gb_trees:to_list(T)}),
    O = gb_trees:from_orddict([{I, [I]} || I <- lists:seq(1, 12)]),
    p(O),
    p({gb_trees:smallest(T), gb_trees:largest(T)}),
    p({gb_trees:take_smallest(T), gb_trees:take_largest(T)}),
    p(iter(gb_trees:iterator(T))),
    p(iter(gb_trees:iterator_from(6, T))),
    p(iter(gb_trees:iterator_from(100, T))),
    p(gb_trees:iterator(gb_trees:from_orddict([{a, 1}, {b, 2}, {c, 3}]))),
    p(gb_trees:map(fun(K, V) -> {K, V} end, T)),
    Mixed = gb_trees:from_orddict(orddict:from_list([{"s", 1}, {a, 2}, {3, 3}, {{t}, 4}, {<<"b">>, 5}])),
    p({Mixed, gb_trees:lookup(3.0, Mixed)}),
    D = lists:foldl(fun(K, Acc) -> gb_trees:delete(K, Acc) end, Seq, lists:seq(1, 40, 3)),
    p(D),
    p(catch_it(fun() -> gb_trees:insert(5, x, T) end)),
    p(catch_it(fun() -> gb_trees:get(42, T) end)),
    p(catch_it(fun() -> gb_trees:update(42, x, T) end)),
    p(catch_it(fun() -> gb_trees:delete(42, T) end)),
    p(catch_it(fun() -> gb_trees:take(42, T) end)),
    p(catch_it(fun() -> gb_trees:smallest(E) end)),
    p(catch_it(fun() -> gb_trees:take_largest(E) end)),
    p(catch_it(fun() -> gb_trees:size(nope) end)),
    p(catch_it(fun() -> gb_trees:map(nofun, T) end)).

iter(I) ->
    case gb_trees:next(I) of
        none -> [];
        {K, V, I1} -> [{K, V} | iter(I1)]
    end.

siter(I) ->
    case gb_sets:next(I) of
        none -> [];
        {X, I1} -> [X | siter(I1)]
    end.

sets() ->
    E = gb_sets:new(),
    p({E, gb_sets:empty(), gb_sets:is_empty(E), gb_sets:size(E), gb_sets:singleton(x)}),
    S = gb_sets:from_list([5, 3, 8, 1, 4, 7, 9, 2, 6, 3, 5]),
    p(S),
    Ins = lists:foldl(fun gb_sets:insert/2, E, lists:seq(1, 30)),
    p(Ins),
    p(gb_sets:balance(Ins)),
    p({gb_sets:is_member(4, S), gb_sets:is_element(40, S), gb_sets:is_member(4.0, S)}),
    p({gb_sets:add(10, S), gb_sets:add_element(5, S) =:= S}),
    p({gb_sets:delete(5, S), gb_sets:delete_any(50, S) =:= S, gb_sets:del_element(1, S)}),
    p({gb_sets:to_list(S), gb_sets:from_ordset([a, b, c, d])}),
    p({gb_sets:smallest(S), gb_sets:largest(S), gb_sets:take_smallest(S), gb_sets:take_largest(S)}),
    p({siter(gb_sets:iterator(S)), siter(gb_sets:iterator_from(4, S))}),
    A = gb_sets:from_list([1, 2, 3, 4, 5]),
    B = gb_sets:from_list([4, 5, 6, 7]),
    p({gb_sets:union(A, B), gb_sets:intersection(A, B), gb_sets:difference(A, B), gb_sets:subtract(B, A)}),
    p({gb_sets:union([A, B, gb_sets:singleton(z)]), gb_sets:union([]),
       gb_sets:intersection([A, B, gb_sets:from_list([5, 7])])}),
    p({gb_sets:is_subset(gb_sets:from_list([2, 3]), A), gb_sets:is_subset(B, A),
       gb_sets:is_disjoint(A, B), gb_sets:is_disjoint(A, gb_sets:from_list([8, 9]))}),
    %% A small set against a big one: OTP looks the small one's elements up.
    Big = gb_sets:from_list(lists:seq(1, 200, 2)),
    Few = gb_sets:from_list([3, 4, 199, 1.0]),
    p({gb_sets:union(Few, Big) =:= gb_sets:union(Big, Few), gb_sets:intersection(Few, Big),
       gb_sets:difference(Few, Big), gb_sets:is_subset(Few, Big), gb_sets:size(gb_sets:union(Few, Big))}),
    p(gb_sets:union(gb_sets:from_list([1, 2.0, 3]), gb_sets:from_list([1.0, 2, 4]))),
    p(gb_sets:union(gb_sets:from_list([1.0, 2, 4]), gb_sets:from_list([1, 2.0, 3]))),
    p(gb_sets:filter(fun(X) -> X rem 2 =:= 0 end, S)),
    p(gb_sets:fold(fun(X, Acc) -> [X | Acc] end, [], S)),
    p({gb_sets:is_set(S), gb_sets:is_set(E), gb_sets:is_set({1, 2}), gb_sets:is_set([])}),
    p(catch_it(fun() -> gb_sets:insert(5, S) end)),
    p(catch_it(fun() -> gb_sets:delete(50, S) end)),
    p(catch_it(fun() -> gb_sets:smallest(E) end)),
    p(catch_it(fun() -> gb_sets:intersection([]) end)),
    p(catch_it(fun() -> gb_sets:filter(nofun, S) end)).

p(X) -> io:format("~p~n", [X]).

catch_it(F) ->
    try F() catch C:R -> {C, R} end.
