%% The higher-order half of the maps module, in Erlang because natives never
%% call funs. The VM merges this module with the natives of src/bifs/maps.ts
%% (get/2, put/3, to_list/1, iterator/1, next/1...).
%%
%% Functions taking a map also take an iterator (maps:iterator/1), and visit
%% entries in iteration order. A map argument that is neither fails with
%% {badmap, M}; a bad fun with badarg, as in OTP.

-module(maps).

-export([filter/2, filtermap/2, fold/3, foreach/2, map/2,
         update_with/3, update_with/4, merge_with/3, intersect_with/3,
         groups_from_list/2, groups_from_list/3]).

%% ---- over maps and iterators --------------------------------------------

fold(F, Acc, MapOrIter) when is_function(F, 3) ->
    fold_1(F, Acc, next_of(MapOrIter, [F, Acc, MapOrIter]));
fold(F, Acc, MapOrIter) ->
    bad_fun([F, Acc, MapOrIter], MapOrIter).

fold_1(F, Acc, {K, V, Iter}) -> fold_1(F, F(K, V, Acc), maps:next(Iter));
fold_1(_F, Acc, none) -> Acc.

map(F, MapOrIter) when is_function(F, 2) ->
    maps:from_list(map_1(F, next_of(MapOrIter, [F, MapOrIter]), []));
map(F, MapOrIter) ->
    bad_fun([F, MapOrIter], MapOrIter).

map_1(F, {K, V, Iter}, Acc) -> map_1(F, maps:next(Iter), [{K, F(K, V)} | Acc]);
map_1(_F, none, Acc) -> Acc.

filter(Pred, MapOrIter) when is_function(Pred, 2) ->
    maps:from_list(filter_1(Pred, next_of(MapOrIter, [Pred, MapOrIter]), []));
filter(Pred, MapOrIter) ->
    bad_fun([Pred, MapOrIter], MapOrIter).

filter_1(Pred, {K, V, Iter}, Acc) ->
    case Pred(K, V) of
        true -> filter_1(Pred, maps:next(Iter), [{K, V} | Acc]);
        false -> filter_1(Pred, maps:next(Iter), Acc)
    end;
filter_1(_Pred, none, Acc) -> Acc.

%% F returns true (keep), false (drop) or {true, NewValue}.
filtermap(F, MapOrIter) when is_function(F, 2) ->
    maps:from_list(filtermap_1(F, next_of(MapOrIter, [F, MapOrIter]), []));
filtermap(F, MapOrIter) ->
    bad_fun([F, MapOrIter], MapOrIter).

filtermap_1(F, {K, V, Iter}, Acc) ->
    case F(K, V) of
        true -> filtermap_1(F, maps:next(Iter), [{K, V} | Acc]);
        {true, NewV} -> filtermap_1(F, maps:next(Iter), [{K, NewV} | Acc]);
        false -> filtermap_1(F, maps:next(Iter), Acc)
    end;
filtermap_1(_F, none, Acc) -> Acc.

foreach(F, MapOrIter) when is_function(F, 2) ->
    foreach_1(F, next_of(MapOrIter, [F, MapOrIter]));
foreach(F, MapOrIter) ->
    bad_fun([F, MapOrIter], MapOrIter).

foreach_1(F, {K, V, Iter}) ->
    F(K, V),
    foreach_1(F, maps:next(Iter));
foreach_1(_F, none) -> ok.

%% The first step of iterating a map or an iterator.
next_of(Map, _Args) when is_map(Map) -> maps:next(maps:iterator(Map));
next_of(Iter, Args) ->
    case is_iterator(Iter) of
        true -> maps:next(Iter);
        false -> erlang:error({badmap, Iter}, Args)
    end.

is_iterator({_, _, _}) -> true;
is_iterator(none) -> true;
is_iterator([Pos | Map]) when is_integer(Pos), is_map(Map) -> true;
is_iterator(_) -> false.

%% A bad fun is badarg, unless the map is bad too: that is reported first.
bad_fun(Args, MapOrIter) ->
    case is_map(MapOrIter) orelse is_iterator(MapOrIter) of
        true -> erlang:error(badarg, Args);
        false -> erlang:error({badmap, MapOrIter}, Args)
    end.

%% ---- updates and combinations --------------------------------------------

update_with(Key, F, Map) when is_function(F, 1), is_map(Map) ->
    case Map of
        #{Key := Value} -> Map#{Key := F(Value)};
        #{} -> erlang:error({badkey, Key}, [Key, F, Map])
    end;
update_with(Key, F, Map) ->
    erlang:error(map_or_badarg(Map), [Key, F, Map]).

update_with(Key, F, Init, Map) when is_function(F, 1), is_map(Map) ->
    case Map of
        #{Key := Value} -> Map#{Key := F(Value)};
        #{} -> Map#{Key => Init}
    end;
update_with(Key, F, Init, Map) ->
    erlang:error(map_or_badarg(Map), [Key, F, Init, Map]).

map_or_badarg(Map) when is_map(Map) -> badarg;
map_or_badarg(Other) -> {badmap, Other}.

%% merge_with/3 and intersect_with/3 have OTP's shape: the smaller map is
%% walked and the other one updated (`:=` keeps that map's key), so which
%% of two =:= keys stays (0.0 or -0.0) and the order of the Combiner's
%% calls are erl's.
merge_with(Combiner, Map1, Map2) when is_map(Map1), is_map(Map2), is_function(Combiner, 3) ->
    case map_size(Map1) > map_size(Map2) of
        true ->
            merge_with_1(maps:next(maps:iterator(Map2)), Map1, Combiner);
        false ->
            merge_with_1(maps:next(maps:iterator(Map1)), Map2,
                         fun(K, V1, V2) -> Combiner(K, V2, V1) end)
    end;
merge_with(Combiner, Map1, Map2) ->
    erlang:error(two_maps_error(Map1, Map2), [Combiner, Map1, Map2]).

merge_with_1({K, V2, Iter}, Map1, Combiner) ->
    case Map1 of
        #{K := V1} -> merge_with_1(maps:next(Iter), Map1#{K := Combiner(K, V1, V2)}, Combiner);
        #{} -> merge_with_1(maps:next(Iter), maps:put(K, V2, Map1), Combiner)
    end;
merge_with_1(none, Result, _Combiner) ->
    Result.

intersect_with(Combiner, Map1, Map2) when is_map(Map1), is_map(Map2), is_function(Combiner, 3) ->
    case map_size(Map1) =< map_size(Map2) of
        true ->
            intersect_with_1(maps:next(maps:iterator(Map1)), [], Map2, Combiner);
        false ->
            intersect_with_1(maps:next(maps:iterator(Map2)), [], Map1,
                             fun(K, V1, V2) -> Combiner(K, V2, V1) end)
    end;
intersect_with(Combiner, Map1, Map2) ->
    erlang:error(two_maps_error(Map1, Map2), [Combiner, Map1, Map2]).

intersect_with_1({K, V1, Iter}, Keep, BigMap, Combiner) ->
    Next = maps:next(Iter),
    case BigMap of
        #{K := V2} -> intersect_with_1(Next, [{K, Combiner(K, V1, V2)} | Keep], BigMap, Combiner);
        #{} -> intersect_with_1(Next, Keep, BigMap, Combiner)
    end;
intersect_with_1(none, Keep, _BigMap, _Combiner) ->
    maps:from_list(Keep).

two_maps_error(Map1, _) when not is_map(Map1) -> {badmap, Map1};
two_maps_error(_, Map2) when not is_map(Map2) -> {badmap, Map2};
two_maps_error(_, _) -> badarg.

%% ---- grouping -----------------------------------------------------------
%% Each group keeps its elements in the order of the list.

groups_from_list(KeyFun, List) when is_function(KeyFun, 1), is_list(List) ->
    groups_from_list(KeyFun, fun(X) -> X end, List);
groups_from_list(KeyFun, List) ->
    erlang:error(badarg, [KeyFun, List]).

groups_from_list(KeyFun, ValueFun, List)
  when is_function(KeyFun, 1), is_function(ValueFun, 1), is_list(List) ->
    Reversed = groups_1(KeyFun, ValueFun, List, #{}),
    map(fun(_Key, Values) -> lists:reverse(Values) end, Reversed);
groups_from_list(KeyFun, ValueFun, List) ->
    erlang:error(badarg, [KeyFun, ValueFun, List]).

groups_1(KeyFun, ValueFun, [H | T], Acc) ->
    Key = KeyFun(H),
    Value = ValueFun(H),
    case Acc of
        #{Key := Values} -> groups_1(KeyFun, ValueFun, T, Acc#{Key := [Value | Values]});
        #{} -> groups_1(KeyFun, ValueFun, T, Acc#{Key => [Value]})
    end;
groups_1(_KeyFun, _ValueFun, [], Acc) -> Acc.
