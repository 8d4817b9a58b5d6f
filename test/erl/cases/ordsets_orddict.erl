-module(ordsets_orddict).
-export([main/0]).

main() ->
    ordsets(),
    orddict(),
    ok.

ordsets() ->
    S0 = ordsets:new(),
    S1 = ordsets:from_list([c, 3, a, 1, b, 2, a, 1.0, "x", {t}]),
    p([S0, S1, ordsets:size(S1), ordsets:is_empty(S0), ordsets:is_empty(S1), ordsets:to_list(S1)]),
    p([ordsets:is_set(X) || X <- [[], [1, 2, 3], [1, 1], [2, 1], [1, 1.0], [1, 2.0], x, {}]]),
    p([ordsets:is_element(E, S1) || E <- [a, 1, 1.0, 2.0, z, 0, "x"]]),
    p([ordsets:add_element(E, S1) || E <- [0, b, bb, 2.0, zzz]]),
    p([ordsets:del_element(E, S1) || E <- [0, b, 2.0, "x", zzz]]),
    A = [1, 3, 5, 7, a],
    B = [2, 3.0, 4, 5, b],
    p([ordsets:union(A, B), ordsets:union(B, A), ordsets:union([], A), ordsets:union(A, [])]),
    p([ordsets:intersection(A, B), ordsets:intersection(B, A), ordsets:intersection(A, [])]),
    p([ordsets:subtract(A, B), ordsets:subtract(B, A), ordsets:subtract(A, [])]),
    p([ordsets:is_disjoint(A, B), ordsets:is_disjoint(A, [2, 4]), ordsets:is_disjoint([], A)]),
    p([ordsets:is_subset([3, a], A), ordsets:is_subset([3.0], A), ordsets:is_subset([2], A),
       ordsets:is_subset([], A), ordsets:is_subset(A, [])]),
    p([ordsets:union([A, B, [0, 9]]), ordsets:union([]), ordsets:intersection([A]),
       ordsets:intersection([A, B, [3, 5]])]),
    p([ordsets:fold(fun(X, Acc) -> [X | Acc] end, [], A), ordsets:filter(fun is_integer/1, A)]),
    p(try_all([
        fun() -> ordsets:size(x) end,
        fun() -> ordsets:is_set([a | b]) end,
        fun() -> ordsets:union(x, [1]) end,
        fun() -> ordsets:intersection([]) end,
        fun() -> ordsets:is_element(1, x) end,
        fun() -> ordsets:add_element(1, x) end,
        fun() -> ordsets:from_list(x) end,
        fun() -> ordsets:filter(x, A) end])).

orddict() ->
    D0 = orddict:new(),
    D1 = orddict:from_list([{b, 2}, {a, 1}, {c, 3}, {a, 10}]),
    p([D0, D1, orddict:size(D1), orddict:is_empty(D0), orddict:is_empty(D1), orddict:to_list(D1),
       orddict:from_list([{k, v}]), orddict:from_list([])]),
    p([orddict:is_key(a, D1), orddict:is_key(z, D1), orddict:fetch(b, D1), orddict:find(c, D1),
       orddict:find(z, D1), orddict:fetch_keys(D1)]),
    p([orddict:store(a, x, D1), orddict:store(aa, x, D1), orddict:store(0, x, D1), orddict:store(z, x, D1)]),
    N = orddict:from_list([{1, one}, {2, two}, {3, three}]),
    p([orddict:store(2.0, x, N), orddict:fetch(2.0, N), orddict:find(2.0, N), orddict:is_key(1.0, N),
       orddict:erase(2.0, N), orddict:update(3.0, fun(V) -> {V} end, N),
       orddict:update(1.0, fun(V) -> {V} end, x, N), orddict:update_counter(1.0, 1, [{1, 5}])]),
    p([orddict:erase(a, D1), orddict:erase(z, D1), orddict:take(b, D1), orddict:take(z, D1), orddict:take(0, D1)]),
    p([orddict:append(a, x, orddict:store(a, [y], D0)), orddict:append(k, x, D1),
       orddict:append_list(k, [x, y], D1), orddict:append_list(a, [x], [{a, [w]}])]),
    p([orddict:update(b, fun(V) -> V * 100 end, D1), orddict:update(z, fun(V) -> V end, init, D1),
       orddict:update(a, fun(V) -> V + 1 end, init, D1)]),
    p([orddict:update_counter(c, 5, D1), orddict:update_counter(d, 5, D1), orddict:update_counter(0, -1, D1)]),
    p([orddict:fold(fun(K, V, Acc) -> [{V, K} | Acc] end, [], D1),
       orddict:map(fun(K, V) -> {K, V} end, D1),
       orddict:filter(fun(_, V) -> V > 2 end, D1)]),
    p([orddict:merge(fun(_K, V1, V2) -> V1 + V2 end, D1, [{a, 100}, {d, 4}]),
       orddict:merge(fun(K, V1, V2) -> {K, V1, V2} end, N, [{1.0, uno}, {4, four}]),
       orddict:merge(fun(_, V, _) -> V end, [], D1)]),
    Counts = lists:foldl(fun(W, D) -> orddict:update_counter(W, 1, D) end, D0,
                         string:tokens("the cat and the dog and the bird", " ")),
    p(Counts),
    p(try_all([
        fun() -> orddict:fetch(z, D1) end,
        fun() -> orddict:fetch(a, []) end,
        fun() -> orddict:update(z, fun(V) -> V end, D1) end,
        fun() -> orddict:from_list([{a, 1}, b]) end,
        fun() -> orddict:from_list(x) end,
        fun() -> orddict:size(x) end,
        fun() -> orddict:is_empty(x) end,
        fun() -> orddict:store(a, 1, x) end,
        fun() -> orddict:update_counter(a, 1, [{a, x}]) end,
        fun() -> orddict:fold(x, [], D1) end,
        fun() -> orddict:map(x, []) end,
        fun() -> orddict:filter(fun(_, _) -> maybe end, D1) end])).

try_all(Funs) ->
    [try F() of V -> {ok, V} catch C:R -> {C, R} end || F <- Funs].

p(X) -> io:format("~p~n", [X]).
