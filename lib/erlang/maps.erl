%% The higher-order half of the maps module, in Erlang because natives never
%% call funs. The VM merges this module with the natives of src/bifs/maps.ts
%% (get/2, put/3, to_list/1, iterator/1, next/1...).
%%
%% Cut into functions as OTP's maps.erl is, with its lines (-file), so a bad
%% fun, map or iterator fails in the frames erl shows. OTP raises through
%% error_with_info/2 and badarg_with_info/1 (erlang:error/3 with an
%% error_info for erl_stdlib_errors); erlts_maps (src/bifs/maps.ts) raises
%% the same errors, explained as erl_stdlib_errors explains them.

-module(maps).

-export([filter/2, filtermap/2, fold/3, foreach/2, map/2,
         update_with/3, update_with/4, merge_with/3, intersect_with/3,
         groups_from_list/2, groups_from_list/3]).

-file("maps.erl", 105).
intersect_with(Combiner, Map1, Map2) when is_map(Map1),
                                          is_map(Map2),
                                          is_function(Combiner, 3) ->
    %% =< so that the combiner is not reversed when the maps are as large
    case map_size(Map1) =< map_size(Map2) of
        true ->
            intersect_with_small_map_first(Combiner, Map1, Map2);
        false ->
            RCombiner = fun(K, V1, V2) -> Combiner(K, V2, V1) end,
            intersect_with_small_map_first(RCombiner, Map2, Map1)
    end;
intersect_with(Combiner, Map1, Map2) ->
    erlts_maps:error_with_info(intersect_with, error_type_merge_intersect(Map1, Map2, Combiner),
                               [Combiner, Map1, Map2]).

-file("maps.erl", 120).
intersect_with_small_map_first(Combiner, SmallMap, BigMap) ->
    Next = maps:next(maps:iterator(SmallMap)),
    intersect_with_iterate(Next, [], BigMap, Combiner).

-file("maps.erl", 124).
intersect_with_iterate({K, V1, Iterator}, Keep, BigMap, Combiner) ->
    Next = maps:next(Iterator),
    case BigMap of
        #{K := V2} ->
            V = Combiner(K, V1, V2),
            intersect_with_iterate(Next, [{K, V} | Keep], BigMap, Combiner);
        _ ->
            intersect_with_iterate(Next, Keep, BigMap, Combiner)
    end;
intersect_with_iterate(none, Keep, _BigMap2, _Combiner) ->
    maps:from_list(Keep).

%% The smaller map is walked and the other one updated (`:=` keeps that
%% map's key), so which of two =:= keys stays (0.0 or -0.0) and the order of
%% the Combiner's calls are erl's.
-file("maps.erl", 165).
merge_with(Combiner, Map1, Map2) when is_map(Map1),
                                      is_map(Map2),
                                      is_function(Combiner, 3) ->
    case map_size(Map1) > map_size(Map2) of
        true ->
            Iterator = maps:iterator(Map2),
            merge_with_1(maps:next(Iterator),
                         Map1,
                         Map2,
                         Combiner);
        false ->
            Iterator = maps:iterator(Map1),
            merge_with_1(maps:next(Iterator),
                         Map2,
                         Map1,
                         fun(K, V1, V2) -> Combiner(K, V2, V1) end)
    end;
merge_with(Combiner, Map1, Map2) ->
    erlts_maps:error_with_info(merge_with, error_type_merge_intersect(Map1, Map2, Combiner),
                               [Combiner, Map1, Map2]).

-file("maps.erl", 186).
merge_with_1({K, V2, Iterator}, Map1, Map2, Combiner) ->
    case Map1 of
        #{K := V1} ->
            NewMap1 = Map1#{K := Combiner(K, V1, V2)},
            merge_with_1(maps:next(Iterator), NewMap1, Map2, Combiner);
        #{} ->
            merge_with_1(maps:next(Iterator), maps:put(K, V2, Map1), Map2, Combiner)
    end;
merge_with_1(none, Result, _, _) ->
    Result.

-file("maps.erl", 261).
update_with(Key, Fun, Map) when is_function(Fun, 1), is_map(Map) ->
    case Map of
        #{Key := Value} -> Map#{Key := Fun(Value)};
        #{} -> erlang:error({badkey, Key}, [Key, Fun, Map])
    end;
update_with(Key, Fun, Map) ->
    erlts_maps:error_with_info(update_with, error_type(Map), [Key, Fun, Map]).

-file("maps.erl", 275).
update_with(Key, Fun, Init, Map) when is_function(Fun, 1), is_map(Map) ->
    case Map of
        #{Key := Value} -> Map#{Key := Fun(Value)};
        #{} -> Map#{Key => Init}
    end;
update_with(Key, Fun, Init, Map) ->
    erlts_maps:error_with_info(update_with, error_type(Map), [Key, Fun, Init, Map]).

%% filter, filtermap, foreach, fold and map: a map or an iterator; a bad
%% one is {badmap, It} when its first step fails, and fails in maps:next/1
%% further on.
-file("maps.erl", 300).
filter(Pred, MapOrIter) when is_function(Pred, 2) ->
    Iter = if
               is_map(MapOrIter) ->
                   maps:iterator(MapOrIter);
               true ->
                   MapOrIter
           end,
    try maps:next(Iter) of
        Next ->
            maps:from_list(filter_1(Pred, Next))
    catch
        error:_ ->
            erlts_maps:error_with_info(filter, {badmap, MapOrIter}, [Pred, MapOrIter])
    end;
filter(Pred, Map) ->
    erlts_maps:badarg_with_info(filter, [Pred, Map]).

-file("maps.erl", 317).
filter_1(Pred, {K, V, Iter}) ->
    case Pred(K, V) of
        true ->
            [{K, V} | filter_1(Pred, maps:next(Iter))];
        false ->
            filter_1(Pred, maps:next(Iter))
    end;
filter_1(_Pred, none) ->
    [].

%% F returns true (keep), false (drop) or {true, NewValue}.
-file("maps.erl", 332).
filtermap(Fun, MapOrIter) when is_function(Fun, 2) ->
    Iter = if
               is_map(MapOrIter) ->
                   maps:iterator(MapOrIter);
               true ->
                   MapOrIter
           end,
    try maps:next(Iter) of
        Next ->
            maps:from_list(filtermap_1(Fun, Next))
    catch
        error:_ ->
            erlts_maps:error_with_info(filtermap, {badmap, MapOrIter}, [Fun, MapOrIter])
    end;
filtermap(Fun, Map) ->
    erlts_maps:badarg_with_info(filtermap, [Fun, Map]).

-file("maps.erl", 349).
filtermap_1(Pred, {K, V, Iter}) ->
    case Pred(K, V) of
        true ->
            [{K, V} | filtermap_1(Pred, maps:next(Iter))];
        {true, NewV} ->
            [{K, NewV} | filtermap_1(Pred, maps:next(Iter))];
        false ->
            filtermap_1(Pred, maps:next(Iter))
    end;
filtermap_1(_Pred, none) ->
    [].

-file("maps.erl", 365).
foreach(Fun, MapOrIter) when is_function(Fun, 2) ->
    Iter = if is_map(MapOrIter) -> maps:iterator(MapOrIter);
              true -> MapOrIter
           end,
    try maps:next(Iter) of
        Next ->
            foreach_1(Fun, Next)
    catch
        error:_ ->
            erlts_maps:error_with_info(foreach, {badmap, MapOrIter}, [Fun, MapOrIter])
    end;
foreach(Pred, Map) ->
    erlts_maps:badarg_with_info(foreach, [Pred, Map]).

-file("maps.erl", 379).
foreach_1(Fun, {K, V, Iter}) ->
    Fun(K, V),
    foreach_1(Fun, maps:next(Iter));
foreach_1(_Fun, none) ->
    ok.

-file("maps.erl", 392).
fold(Fun, Init, MapOrIter) when is_function(Fun, 3) ->
    Iter = if
               is_map(MapOrIter) ->
                   maps:iterator(MapOrIter);
               true ->
                   MapOrIter
           end,
    try maps:next(Iter) of
        Next ->
            fold_1(Fun, Init, Next)
    catch
        error:_ ->
            erlts_maps:error_with_info(fold, {badmap, MapOrIter}, [Fun, Init, MapOrIter])
    end;
fold(Fun, Init, Map) ->
    erlts_maps:badarg_with_info(fold, [Fun, Init, Map]).

-file("maps.erl", 409).
fold_1(Fun, Acc, {K, V, Iter}) ->
    fold_1(Fun, Fun(K, V, Acc), maps:next(Iter));
fold_1(_Fun, Acc, none) ->
    Acc.

-file("maps.erl", 419).
map(Fun, MapOrIter) when is_function(Fun, 2) ->
    Iter = if
               is_map(MapOrIter) ->
                   maps:iterator(MapOrIter);
               true ->
                   MapOrIter
           end,
    try maps:next(Iter) of
        Next ->
            maps:from_list(map_1(Fun, Next))
    catch
        error:_ ->
            erlts_maps:error_with_info(map, {badmap, MapOrIter}, [Fun, MapOrIter])
    end;
map(Fun, Map) ->
    erlts_maps:badarg_with_info(map, [Fun, Map]).

-file("maps.erl", 437).
map_1(Fun, {K, V, Iter}) ->
    [{K, Fun(K, V)} | map_1(Fun, maps:next(Iter))];
map_1(_Fun, none) ->
    [].

%% Each group keeps its elements in the order of the list: the list is
%% reversed first and each group built by prepending, as in OTP.
-file("maps.erl", 509).
groups_from_list(Fun, List0) when is_function(Fun, 1) ->
    try lists:reverse(List0) of
        List ->
            groups_from_list_1(Fun, List, #{})
    catch
        error:_ ->
            erlts_maps:badarg_with_info(groups_from_list, [Fun, List0])
    end;
groups_from_list(Fun, List) ->
    erlts_maps:badarg_with_info(groups_from_list, [Fun, List]).

-file("maps.erl", 520).
groups_from_list_1(Fun, [H | Tail], Acc) ->
    K = Fun(H),
    NewAcc = case Acc of
                 #{K := Vs} -> Acc#{K := [H | Vs]};
                 #{} -> Acc#{K => [H]}
             end,
    groups_from_list_1(Fun, Tail, NewAcc);
groups_from_list_1(_Fun, [], Acc) ->
    Acc.

-file("maps.erl", 540).
groups_from_list(Fun, ValueFun, List0) when is_function(Fun, 1),
                                            is_function(ValueFun, 1) ->
    try lists:reverse(List0) of
        List ->
            groups_from_list_2(Fun, ValueFun, List, #{})
    catch
        error:_ ->
            erlts_maps:badarg_with_info(groups_from_list, [Fun, ValueFun, List0])
    end;
groups_from_list(Fun, ValueFun, List) ->
    erlts_maps:badarg_with_info(groups_from_list, [Fun, ValueFun, List]).

-file("maps.erl", 552).
groups_from_list_2(Fun, ValueFun, [H | Tail], Acc) ->
    K = Fun(H),
    V = ValueFun(H),
    NewAcc = case Acc of
                 #{K := Vs} -> Acc#{K := [V | Vs]};
                 #{} -> Acc#{K => [V]}
             end,
    groups_from_list_2(Fun, ValueFun, Tail, NewAcc);
groups_from_list_2(_Fun, _ValueFun, [], Acc) ->
    Acc.

-file("maps.erl", 563).
error_type(M) when is_map(M) -> badarg;
error_type(V) -> {badmap, V}.

-file("maps.erl", 566).
error_type_two_maps(M1, M2) when is_map(M1) ->
    {badmap, M2};
error_type_two_maps(M1, _M2) ->
    {badmap, M1}.

-file("maps.erl", 571).
error_type_merge_intersect(M1, M2, Combiner) when is_function(Combiner, 3) ->
    error_type_two_maps(M1, M2);
error_type_merge_intersect(_M1, _M2, _Combiner) ->
    badarg.
