-module(maps_syntax).
-export([main/0]).

%% Maps: construction, => and := updates, matching, maps in heads and guards,
%% key order when printed, big maps (more than 32 keys), maps module basics.
main() ->
    M0 = #{},
    M1 = M0#{a => 1, b => 2},
    M2 = M1#{a := 10},
    M3 = M2#{c => 3},
    io:format("~p~n", [[M0, M1, M2, M3]]),
    #{a := A, c := C} = M3,
    io:format("~p~n", [{A, C}]),
    io:format("~p~n", [[kind(M) || M <- [#{type => circle, r => 2}, #{type => square, side => 3}, #{}]]]),
    %% keys of different types, printed in term order
    Mixed = #{1 => int, 1.0 => float, a => atom, "s" => string, {t} => tuple, [] => nil, <<"b">> => bin},
    io:format("~p~n", [Mixed]),
    io:format("~p~n", [maps:keys(Mixed)]),
    io:format("~p~n", [{maps:get(1, Mixed), maps:get(1.0, Mixed)}]),
    %% big map: more than 32 keys
    Big = maps:from_list([{K, K * K} || K <- lists:seq(1, 100)]),
    io:format("~p~n", [{map_size(Big), maps:get(50, Big), maps:get(100, Big)}]),
    Big2 = Big#{50 := fifty, 101 => new},
    #{50 := Fifty, 101 := New} = Big2,
    io:format("~p~n", [{Fifty, New, map_size(Big2)}]),
    io:format("~p~n", [lists:sum(maps:values(Big))]),
    io:format("~p~n", [maps:from_list([{K, x} || K <- lists:seq(30, 40)])]),
    %% equality and order of maps
    io:format("~p~n", [{#{a => 1, b => 2} =:= #{b => 2, a => 1}, #{a => 1} < #{a => 2}, #{b => 1} > #{a => 1, c => 1}}]),
    io:format("~p~n", [lists:sort([#{b => 1}, #{a => 1, b => 1}, #{a => 2}, #{a => 1}, #{}])]),
    %% maps module
    io:format("~p~n", [maps:to_list(maps:map(fun(_K, V) -> V * 2 end, #{x => 1, y => 2}))]),
    io:format("~p~n", [maps:fold(fun(K, V, Acc) -> [{K, V} | Acc] end, [], #{x => 1, y => 2})]),
    io:format("~p~n", [maps:filter(fun(_, V) -> V > 1 end, #{x => 1, y => 2, z => 3})]),
    io:format("~p~n", [{maps:find(x, #{x => 1}), maps:find(q, #{x => 1})}]),
    io:format("~p~n", [{maps:is_key(x, #{x => 1}), maps:remove(x, #{x => 1, y => 2}), maps:merge(#{a => 1, b => 1}, #{b => 2, c => 2})}]),
    io:format("~p~n", [{maps:get(q, #{}, default), maps:put(k, v, #{}), maps:update_with(a, fun(V) -> V + 1 end, #{a => 1})}]),
    io:format("~p~n", [maps:with([a, c], #{a => 1, b => 2, c => 3})]),
    io:format("~p~n", [maps:without([a, c], #{a => 1, b => 2, c => 3})]),
    %% update a key in a map held in a variable, old map unchanged
    Old = #{k => old},
    _New = Old#{k := new},
    io:format("~p~n", [Old]),
    %% nested maps
    Nested = #{outer => #{inner => 1}},
    #{outer := #{inner := I}} = Nested,
    io:format("~p~n", [{I, Nested#{outer := #{inner => 2}}}]),
    %% map in a guard
    io:format("~p~n", [[guarded(X) || X <- [#{n => 5}, #{n => -5}, #{}, x]]]),
    %% variable keys
    Key = dyn,
    DM = #{Key => 1},
    #{Key := DV} = DM,
    io:format("~p~n", [{DM, DV}]),
    ok.

kind(#{type := circle, r := R}) -> {circle, R};
kind(#{type := square} = M) -> {square, maps:get(side, M)};
kind(#{}) -> empty_or_other.

guarded(M) when is_map(M), map_size(M) > 0, map_get(n, M) > 0 -> positive;
guarded(M) when is_map(M) -> other_map;
guarded(_) -> not_map.
