-module(dict_module).
-export([main/0]).

%% dict: the printed record (segments and buckets as erl lays them out),
%% the API, growth and shrinking of the table, and bad arguments.
main() ->
    E = dict:new(),
    p(E),
    p(dict:from_list([{a, 1}])),
    D = dict:from_list([{a, 1}, {b, 2}, {"c", 3}, {{d}, 4}, {5, five}, {5.0, float}, {<<"k">>, bin}]),
    p(D),
    p({dict:size(D), dict:is_empty(D), dict:is_empty(E), dict:is_key(a, D), dict:is_key(z, D)}),
    p({dict:to_list(D), dict:fetch_keys(D)}),
    p({dict:fetch(a, D), dict:find(b, D), dict:find(zz, D), dict:fetch(5.0, D)}),
    p(dict:erase(a, D)),
    p(dict:erase(nokey, D) =:= D),
    p(dict:take(b, D)),
    p(dict:take(nokey, D)),
    p(dict:store(a, 100, D)),
    A1 = dict:append(k, 1, dict:new()),
    A2 = dict:append(k, 2, A1),
    p({A2, dict:append_list(k, [3, 4], A2), dict:append_list(j, [x], A2)}),
    p(dict:update(a, fun(V) -> V * 10 end, D)),
    p(dict:update(zz, fun(V) -> V * 10 end, 0, D)),
    p(dict:update(a, fun(V) -> V * 10 end, 0, D)),
    C = lists:foldl(fun(W, Acc) -> dict:update_counter(W, 1, Acc) end, dict:new(),
                    [the, cat, sat, on, the, mat, the, cat]),
    p({C, lists:sort(dict:to_list(C))}),
    p(dict:update_counter(x, 2.5, C)),
    p(dict:fold(fun(K, V, Acc) -> [{K, V} | Acc] end, [], D)),
    p(dict:map(fun(_K, V) -> {V} end, D)),
    p(dict:filter(fun(K, _V) -> is_atom(K) end, D)),
    M1 = dict:from_list([{a, 1}, {b, 2}, {c, 3}]),
    M2 = dict:from_list([{b, 20}, {c, 30}, {d, 40}, {e, 50}]),
    p(dict:merge(fun(_K, V1, V2) -> V1 + V2 end, M1, M2)),
    p(dict:merge(fun(K, V1, V2) -> {K, V1, V2} end, M2, M1)),
    %% Past 80 entries the table grows slot by slot and its segments double.
    Big = dict:from_list([{I, I * I} || I <- lists:seq(1, 200)]),
    p(Big),
    p({dict:size(Big), dict:fetch(150, Big), lists:sum(dict:fetch_keys(Big))}),
    %% ...and shrinks back when entries go.
    Small = lists:foldl(fun dict:erase/2, Big, lists:seq(1, 190)),
    p(Small),
    p(dict:filter(fun(K, _) -> K rem 7 =:= 0 end, Big)),
    Words = dict:from_list([{atom_to_list(W), W} || W <- [alpha, beta, gamma, delta, epsilon]]),
    p(dict:to_list(Words)),
    p(dict:from_list([{[1, 2 | 3], x}, {-1, y}, {1 bsl 70, z}, {-3.25, w}, {#{a => 1}, m}, {'λ', u}])),
    %% Errors.
    p(catch_it(fun() -> dict:fetch(missing, D) end)),
    p(catch_it(fun() -> dict:update(missing, fun(V) -> V end, D) end)),
    p(catch_it(fun() -> dict:update_counter(a, x, D) end)),
    p(catch_it(fun() -> dict:update_counter(b, 1, dict:from_list([{b, x}])) end)),
    p(catch_it(fun() -> dict:size(not_a_dict) end)),
    p(catch_it(fun() -> dict:fetch(a, not_a_dict) end)),
    p(catch_it(fun() -> dict:from_list([a]) end)),
    p(catch_it(fun() -> dict:filter(fun(_, _) -> maybe end, D) end)),
    ok.

p(X) -> io:format("~p~n", [X]).

catch_it(F) ->
    try F() catch C:R -> {C, R} end.
