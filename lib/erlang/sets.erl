%% The sets module of OTP 25, both representations:
%%  - version 1 (what new/0 and from_list/1 give): a linear hash table in a
%%    `set` record, buckets in segments of 16. erl prints the record, so this
%%    module keeps OTP's layout and grows, shrinks and fills buckets exactly
%%    as OTP does, placing elements by erlang:phash/2;
%%  - version 2 (new([{version, 2}])): a map from each element to [].
%% Functions given one set of each kind work as OTP's do (through the
%% version-1 code, folding over the other set).

-module(sets).

-export([new/0, new/1, is_set/1, size/1, is_empty/1, to_list/1, from_list/1, from_list/2]).
-export([is_element/2, add_element/2, del_element/2]).
-export([union/2, union/1, intersection/2, intersection/1, is_disjoint/2]).
-export([subtract/2, is_subset/2, fold/3, filter/2]).

-compile({no_auto_import, [size/1]}).

-define(SEG, 16).
-define(GROW_AT, 5).
-define(SHRINK_AT, 3).

%% n: slots in use; maxn: slots the segments have room for; bso: how far a
%% slot above n is from the slot that still holds its elements.
-record(set, {size = 0, n = ?SEG, maxn = ?SEG, bso = ?SEG div 2,
              exp_size = ?SEG * ?GROW_AT, con_size = ?SEG * ?SHRINK_AT,
              empty, segs}).

%% ---- making sets -----------------------------------------------------------

-file("sets.erl", 92).
new() ->
    Empty = erlang:make_tuple(?SEG, []),
    #set{empty = Empty, segs = {Empty}}.

-file("sets.erl", 97).
new([{version, 2}]) -> #{};
new(Opts) ->
    case proplists:get_value(version, Opts, 1) of
        1 -> new();
        2 -> #{}
    end.

-file("sets.erl", 110).
from_list(L) -> lists:foldl(fun add_element/2, new(), L).

-file("sets.erl", 116).
from_list(L, [{version, 2}]) -> maps:from_keys(L, []);
from_list(L, Opts) ->
    case proplists:get_value(version, Opts, 1) of
        1 -> from_list(L);
        2 -> maps:from_keys(L, [])
    end.

%% ---- one set ---------------------------------------------------------------

-file("sets.erl", 130).
is_set(#{}) -> true;
is_set(#set{}) -> true;
is_set(_) -> false.

-file("sets.erl", 138).
size(#{} = S) -> map_size(S);
size(#set{size = N}) -> N.

-file("sets.erl", 145).
is_empty(#{} = S) -> map_size(S) =:= 0;
is_empty(#set{size = N}) -> N =:= 0.

-file("sets.erl", 153).
to_list(#{} = S) -> maps:keys(S);
to_list(#set{} = S) -> fold(fun(E, L) -> [E | L] end, [], S).

-file("sets.erl", 162).
is_element(E, #{} = S) ->
    case S of
        #{E := _} -> true;
        _ -> false
    end;
is_element(E, #set{} = S) ->
    lists:member(E, get_bucket_s(S#set.segs, get_slot(S, E))).

-file("sets.erl", 177).
add_element(E, #{} = S) -> S#{E => []};
add_element(E, #set{} = S) ->
    Slot = get_slot(S, E),
    Bkt = get_bucket_s(S#set.segs, Slot),
    case lists:member(E, Bkt) of
        true -> S;
        false -> grow(S#set{segs = put_bucket_s(S#set.segs, Slot, [E | Bkt])})
    end.

-file("sets.erl", 195).
del_element(E, #{} = S) -> maps:remove(E, S);
del_element(E, #set{} = S) ->
    Slot = get_slot(S, E),
    Bkt = get_bucket_s(S#set.segs, Slot),
    case lists:member(E, Bkt) of
        false -> S;
        true -> shrink(S#set{segs = put_bucket_s(S#set.segs, Slot, lists:delete(E, Bkt))}, 1)
    end.

-file("sets.erl", 428).
fold(F, Acc, #{} = S) when is_function(F, 2) -> fold_map(F, Acc, maps:next(maps:iterator(S)));
fold(F, Acc, #set{segs = Segs}) when is_function(F, 2) -> fold_segs(F, Acc, Segs, tuple_size(Segs)).

fold_map(F, Acc, {E, _, I}) -> fold_map(F, F(E, Acc), maps:next(I));
fold_map(_F, Acc, none) -> Acc.

%% Segments and slots from the last to the first, each bucket from its head.
-file("sets.erl", 492).
fold_segs(F, Acc, Segs, I) when I >= 1 ->
    Seg = element(I, Segs),
    fold_segs(F, fold_seg(F, Acc, Seg, tuple_size(Seg)), Segs, I - 1);
fold_segs(_F, Acc, _Segs, _I) -> Acc.

-file("sets.erl", 497).
fold_seg(F, Acc, Seg, I) when I >= 1 ->
    fold_seg(F, lists:foldl(F, Acc, element(I, Seg)), Seg, I - 1);
fold_seg(_F, Acc, _Seg, _I) -> Acc.

-file("sets.erl", 447).
filter(F, #{} = S) when is_function(F, 1) ->
    maps:from_keys(filter_map(F, maps:next(maps:iterator(S))), []);
filter(F, #set{segs = Segs} = S) when is_function(F, 1) ->
    %% Buckets come out reversed, and the table shrinks at most one slot.
    {Segs1, Dropped} = lists:mapfoldl(
        fun(Seg, D0) ->
            {Bkts, D1} = lists:mapfoldl(fun(B, D) -> filter_bucket(F, B, [], D) end,
                                        D0, tuple_to_list(Seg)),
            {list_to_tuple(Bkts), D1}
        end, 0, tuple_to_list(Segs)),
    shrink(S#set{segs = list_to_tuple(Segs1)}, Dropped).

filter_map(F, {E, _, I}) ->
    case F(E) of
        true -> [E | filter_map(F, maps:next(I))];
        false -> filter_map(F, maps:next(I))
    end;
filter_map(_F, none) -> [].

-file("sets.erl", 523).
filter_bucket(F, [E | Bkt], Kept, D) ->
    case F(E) of
        true -> filter_bucket(F, Bkt, [E | Kept], D);
        false -> filter_bucket(F, Bkt, Kept, D + 1)
    end;
filter_bucket(_F, [], Kept, D) -> {Kept, D}.

%% ---- two sets or more ------------------------------------------------------

-file("sets.erl", 228).
union(#{} = S1, #{} = S2) ->
    maps:merge(S1, S2);
union(S1, S2) ->
    case size(S1) < size(S2) of
        true ->
            fold(fun(E, S) -> add_element(E, S) end, S2, S1);
        false ->
            fold(fun(E, S) -> add_element(E, S) end, S1, S2)
    end.

-file("sets.erl", 243).
union([S1, S2 | Ss]) ->
    union1(union(S1, S2), Ss);
union([S]) -> S;
union([]) -> new().

-file("sets.erl", 249).
union1(S1, [S2 | Ss]) ->
    union1(union(S1, S2), Ss);
union1(S1, []) -> S1.

%% Two maps: the smaller one's keys that the other has too.
-file("sets.erl", 259).
intersection(#{} = S1, #{} = S2) ->
    {Small, Big} = if map_size(S1) < map_size(S2) -> {S1, S2}; true -> {S2, S1} end,
    maps:from_keys([E || E <- maps:keys(Small), is_map_key(E, Big)], []);
intersection(S1, S2) ->
    case size(S1) < size(S2) of
        true ->
            filter(fun(E) -> is_element(E, S2) end, S1);
        false ->
            filter(fun(E) -> is_element(E, S1) end, S2)
    end.

-file("sets.erl", 308).
intersection([S1, S2 | Ss]) ->
    intersection1(intersection(S1, S2), Ss);
intersection([S]) -> S.

-file("sets.erl", 313).
intersection1(S1, [S2 | Ss]) ->
    intersection1(intersection(S1, S2), Ss);
intersection1(S1, []) -> S1.

-file("sets.erl", 322).
is_disjoint(#{} = S1, #{} = S2) ->
    if
        map_size(S1) < map_size(S2) ->
            is_disjoint_1(S2, maps:iterator(S1));
        true ->
            is_disjoint_1(S1, maps:iterator(S2))
    end;
is_disjoint(S1, S2) ->
    case size(S1) < size(S2) of
        true ->
            fold(fun(_, false) -> false;
                    (E, true) -> not is_element(E, S2)
                 end, true, S1);
        false ->
            fold(fun(_, false) -> false;
                    (E, true) -> not is_element(E, S1)
                 end, true, S2)
    end.

-file("sets.erl", 341).
is_disjoint_1(Set, Iter) ->
    case maps:next(Iter) of
        {K, _, NextIter} ->
            case Set of
                #{K := _} -> false;
                #{} -> is_disjoint_1(Set, NextIter)
            end;
        none ->
            true
    end.

-file("sets.erl", 360).
subtract(#{} = S1, #{} = S2) ->
    maps:from_keys([E || E <- maps:keys(S1), not is_map_key(E, S2)], []);
subtract(S1, S2) ->
    filter(fun(E) -> not is_element(E, S2) end, S1).

-file("sets.erl", 398).
is_subset(#{} = S1, #{} = S2) ->
    map_size(S1) =< map_size(S2) andalso all_in(S2, maps:next(maps:iterator(S1)));
is_subset(S1, S2) ->
    fold(fun(E, Sub) -> Sub andalso is_element(E, S2) end, true, S1).

all_in(S, {E, _, I}) ->
    case S of
        #{E := _} -> all_in(S, maps:next(I));
        _ -> false
    end;
all_in(_S, none) -> true.

%% ---- the hash table --------------------------------------------------------

%% Hashing on the doubled range gives a slot above n while the slot has not
%% been split off yet; its elements then still sit in the lower buddy slot.
get_slot(#set{maxn = MaxN, n = N, bso = Bso}, E) ->
    case erlang:phash(E, MaxN) of
        H when H > N -> H - Bso;
        H -> H
    end.

get_bucket_s(Segs, Slot) ->
    element((Slot - 1) rem ?SEG + 1, element((Slot - 1) div ?SEG + 1, Segs)).

put_bucket_s(Segs, Slot, Bkt) ->
    SegI = (Slot - 1) div ?SEG + 1,
    setelement(SegI, Segs, setelement((Slot - 1) rem ?SEG + 1, element(SegI, Segs), Bkt)).

%% Counts one more element; past the load limit the next slot is split off
%% its buddy (doubling the segments first when all slots are in use).
grow(#set{size = Size, exp_size = Max} = S) when Size + 1 > Max ->
    #set{n = N0, maxn = MaxN, bso = Bso, segs = Segs} = S1 = more_segs(S),
    N = N0 + 1,
    Low = N - Bso,
    {Stay, Move} = lists:partition(fun(E) -> erlang:phash(E, MaxN) =:= Low end,
                                   get_bucket_s(Segs, Low)),
    Segs1 = put_bucket_s(put_bucket_s(Segs, Low, Stay), N, Move),
    S1#set{size = Size + 1, n = N, exp_size = N * ?GROW_AT,
           con_size = N * ?SHRINK_AT, segs = Segs1};
grow(#set{size = Size} = S) -> S#set{size = Size + 1}.

more_segs(#set{n = N, maxn = N, bso = Bso, segs = Segs, empty = Empty} = S) ->
    S#set{maxn = 2 * N, bso = 2 * Bso,
          segs = list_to_tuple(tuple_to_list(Segs) ++ lists:duplicate(tuple_size(Segs), Empty))};
more_segs(S) -> S.

%% Counts Gone elements fewer; under the load limit the last slot is merged
%% back into its buddy (halving the segments when they are half unused).
shrink(#set{size = Size, con_size = Min, n = N} = S, Gone) when Size - Gone < Min, N > ?SEG ->
    #set{bso = Bso, segs = Segs} = S,
    Low = N - Bso,
    Segs1 = put_bucket_s(put_bucket_s(Segs, Low, get_bucket_s(Segs, Low) ++ get_bucket_s(Segs, N)), N, []),
    N1 = N - 1,
    fewer_segs(S#set{size = Size - Gone, n = N1, exp_size = N1 * ?GROW_AT,
                     con_size = N1 * ?SHRINK_AT, segs = Segs1});
shrink(#set{size = Size} = S, Gone) -> S#set{size = Size - Gone}.

fewer_segs(#set{n = N, bso = N, maxn = MaxN, segs = Segs} = S) ->
    Half = tuple_size(Segs) div 2,
    S#set{maxn = MaxN div 2, bso = N div 2,
          segs = list_to_tuple(lists:sublist(tuple_to_list(Segs), Half))};
fewer_segs(S) -> S.
