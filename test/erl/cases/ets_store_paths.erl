-module(ets_store_paths).
-export([main/0]).

%% The paths ets takes for speed keep erl's answers: a tuple a process holds
%% does not change when update_counter bumps the stored one (lookup, select,
%% foldl, match_object, tab2list, take hand objects out); a bag refuses a
%% duplicate in a long bucket (found through its index) as in a short one,
%% and delete_object keeps the index right; counters that grow past small
%% integers, and the errors of the general path.
main() ->
    counters(),
    bags(),
    errors(),
    map_loop().

counters() ->
    T = ets:new(t, [set]),
    ets:insert(T, {a, 1, 10}),
    1 = ets:update_counter(T, a, 0),
    [Held] = ets:lookup(T, a),
    ets:update_counter(T, a, 5),
    _ = ets:update_counter(T, a, [{3, 2}, {2, -4}]),
    ets:update_counter(T, a, 1),
    All = ets:tab2list(T),
    ets:update_counter(T, a, 1),
    Sel = ets:select(T, [{'_', [], ['$_']}]),
    ets:update_counter(T, a, 1),
    F = ets:foldl(fun(O, Acc) -> [O | Acc] end, [], T),
    ets:update_counter(T, a, 1),
    M = ets:match_object(T, '_'),
    ets:update_counter(T, a, 1),
    Tk = ets:take(T, a),
    ets:insert(T, Tk),
    ets:update_counter(T, a, 1),
    ets:update_counter(T, b, 7, {b, 100}),
    ets:update_counter(T, b, 1 bsl 62),
    [B] = ets:lookup(T, b),
    ets:update_counter(T, b, -1),
    Big = ets:update_counter(T, b, 1 bsl 62),
    Self = self(),
    P = spawn(fun() -> receive go -> Self ! {got, ets:lookup(T, a)} end end),
    P ! go,
    Got = receive {got, G} -> G end,
    ets:update_counter(T, a, 100),
    ets:insert(T, {c, 5}),
    [C] = ets:lookup(T, c),
    ets:update_counter(T, c, 1),
    ets:insert(T, {c, 50}),
    ets:update_counter(T, c, 1),
    El = ets:lookup_element(T, c, 2),
    io:format("~p~n", [{Held, All, Sel, F, M, Tk, B, Big, Got, C, El,
                        lists:sort(ets:tab2list(T))}]),
    K = ets:new(k, [set, {keypos, 2}]),
    ets:insert(K, {x, "key", 1}),
    [ets:update_counter(K, "key", 2) || _ <- lists:seq(1, 5)],
    io:format("~p~n", [ets:tab2list(K)]).

bags() ->
    Bag = ets:new(bag, [bag]),
    [ets:insert(Bag, {K rem 3, K rem 40}) || K <- lists:seq(1, 500)],
    io:format("~p~n", [[length(ets:lookup(Bag, K)) || K <- [0, 1, 2]]]),
    ets:delete_object(Bag, {1, 4}),
    ets:insert(Bag, [{1, 4}, {1, 4}, {1, 7}]),
    ets:delete_object(Bag, {1, 10}),
    io:format("~p~n", [lists:sort(ets:lookup(Bag, 1))]),
    ets:insert(Bag, {1, 10}),
    ets:insert(Bag, {1, 10.0}),
    io:format("~p ~p~n", [length(ets:lookup(Bag, 1)), ets:info(Bag, size)]),
    D = ets:new(dup, [duplicate_bag]),
    [ets:insert(D, {K rem 2, K rem 5}) || K <- lists:seq(1, 40)],
    io:format("~p~n", [[length(ets:lookup(D, K)) || K <- [0, 1]]]).

errors() ->
    T = ets:new(t, [set]),
    ets:insert(T, {a, x}),
    Try = fun(F) -> try F() catch C:R:S -> {C, R, frames([hd(S)])} end end,
    io:format("~p~n", [[Try(fun() -> ets:update_counter(T, a, 1) end),
                        Try(fun() -> ets:update_counter(T, nokey, 1) end),
                        Try(fun() -> ets:update_counter(T, a, 1.5) end),
                        Try(fun() -> ets:update_counter(T, a, {1, 1}) end),
                        Try(fun() -> ets:insert(T, {}) end),
                        Try(fun() -> ets:lookup(nosuch, a) end)]]),
    Other = spawn(fun() -> receive _ -> ok end end),
    Priv = ets:new(p, [private]),
    ets:insert(Priv, {a, 1}),
    ets:give_away(Priv, Other, none) =:= true orelse ok,
    Self = self(),
    Prot = ets:new(q, [protected]),
    ets:insert(Prot, {n, 1}),
    spawn(fun() -> Self ! {r, Try(fun() -> ets:update_counter(Prot, n, 1) end),
                           Try(fun() -> ets:insert(Prot, {z, 1}) end),
                           ets:lookup(Prot, n)} end),
    receive {r, R1, R2, R3} -> io:format("~p~n", [{R1, R2, R3}]) end.

map_loop() ->
    io:format("~p~n", [[lists:map(fun(X) -> X * 2 end, lists:seq(1, N)) || N <- lists:seq(0, 11)]]),
    Order = fun(L) -> put(seen, []), lists:map(fun(X) -> put(seen, [X | get(seen)]), X end, L), lists:reverse(get(seen)) end,
    io:format("~p~n", [Order(lists:seq(1, 13))]),
    Try = fun(F) -> try F() catch C:R:S -> {C, R, frames(lists:sublist(S, 4))} end end,
    io:format("~p~n", [[Try(fun() -> lists:map(fun(X) -> 10 div X end, L) end)
                        || L <- [[1, 2, 3, 4, 5, 6, 0], [1, 2, 3, 4, 5, 6, 7, 8, 9, 0], [1, 2, 3, 4, 5, 6 | t], [1, 2 | t]]]]).

%% Frames without their argument lists (a table's ref, a fun's uniq: not
%% the same from run to run).
frames(S) ->
    [{M, F, case A of _ when is_list(A) -> length(A); _ -> A end, L} || {M, F, A, L} <- S].
