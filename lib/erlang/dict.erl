%% The dict module: OTP 25's linear hash table, with OTP's very record,
%% segment tuples and bucket order, so that a dict prints in the shell
%% exactly as it does in erl and to_list/fold visit entries in erl's order.
%%
%% Slots come from erlang:phash/2, the old (deprecated) term hash that OTP's
%% dict still uses (src/bifs/erlang/phash.ts gives erts' numbers).
%%
%% A bucket holds [Key | Value] cells. The table grows one slot at a time
%% past 5 entries per slot and shrinks below 3, splitting or joining the
%% slot's "buddy" bucket, with the segment tuple doubling or halving when
%% the slot count crosses a power of two, all as OTP does.
%%
%% The functions are cut where OTP's are (get_slot, on_bucket, fold_dict,
%% map_dict, filter_dict, one bucket walker per operation), because a bad
%% argument fails inside them and the stack trace names them.

-module(dict).
-export([new/0, is_key/2, to_list/1, from_list/1, size/1, is_empty/1,
         fetch/2, find/2, fetch_keys/1, erase/2, take/2,
         store/3, append/3, append_list/3, update/3, update/4, update_counter/3,
         fold/3, map/2, filter/2, merge/3]).

-define(SEG, 16).
-define(EXPAND, 5).
-define(CONTRACT, 3).

-record(dict, {size = 0, n = ?SEG, maxn = ?SEG, bso = ?SEG div 2,
               exp_size = ?SEG * ?EXPAND, con_size = ?SEG * ?CONTRACT,
               empty, segs}).

%% ---- the API ---------------------------------------------------------------

-file("dict.erl", 83).
new() ->
    Empty = erlang:make_tuple(?SEG, []),
    #dict{empty = Empty, segs = {Empty}}.

-file("dict.erl", 90).
is_key(Key, D) ->
    Slot = get_slot(D, Key),
    key_in(Key, get_bucket(D, Slot)).

key_in(K, [[K | _] | _]) -> true;
key_in(K, [_ | Bkt]) -> key_in(K, Bkt);
key_in(_, []) -> false.

-file("dict.erl", 103).
to_list(D) -> fold(fun(K, V, Acc) -> [{K, V} | Acc] end, [], D).

-file("dict.erl", 110).
from_list(L) -> lists:foldl(fun({K, V}, D) -> store(K, V, D) end, new(), L).

-file("dict.erl", 116).
size(#dict{size = N}) when is_integer(N), N >= 0 -> N.

-file("dict.erl", 121).
is_empty(#dict{size = N}) -> N =:= 0.

-file("dict.erl", 126).
fetch(Key, D) ->
    Slot = get_slot(D, Key),
    Bkt = get_bucket(D, Slot),
    try fetch_val(Key, Bkt)
    catch
        throw:badarg -> erlang:error(badarg, [Key, D])
    end.

-file("dict.erl", 134).
fetch_val(K, [[K | V] | _]) -> V;
fetch_val(K, [_ | Bkt]) -> fetch_val(K, Bkt);
fetch_val(_, []) -> throw(badarg).

-file("dict.erl", 141).
find(Key, D) ->
    Slot = get_slot(D, Key),
    find_val(Key, get_bucket(D, Slot)).

-file("dict.erl", 146).
find_val(K, [[K | V] | _]) -> {ok, V};
find_val(K, [_ | Bkt]) -> find_val(K, Bkt);
find_val(_, []) -> error.

-file("dict.erl", 154).
fetch_keys(D) -> fold(fun(K, _V, Acc) -> [K | Acc] end, [], D).

-file("dict.erl", 163).
erase(Key, D0) ->
    Slot = get_slot(D0, Key),
    {D1, Removed} = on_bucket(fun(B) -> erase_key(Key, B) end, D0, Slot),
    maybe_contract(D1, Removed).

-file("dict.erl", 169).
erase_key(K, [[K | _] | Bkt]) -> {Bkt, 1};
erase_key(K, [C | Bkt0]) -> {Bkt1, N} = erase_key(K, Bkt0), {[C | Bkt1], N};
erase_key(_, []) -> {[], 0}.

-file("dict.erl", 181).
take(Key, D0) ->
    Slot = get_slot(D0, Key),
    case on_bucket(fun(B) -> take_key(Key, B) end, D0, Slot) of
        {D1, {Value, Removed}} -> {Value, maybe_contract(D1, Removed)};
        {_, error} -> error
    end.

-file("dict.erl", 189).
take_key(K, [[K | V] | Bkt]) -> {Bkt, {V, 1}};
take_key(K, [C | Bkt0]) -> {Bkt1, R} = take_key(K, Bkt0), {[C | Bkt1], R};
take_key(_, []) -> {[], error}.

-file("dict.erl", 200).
store(Key, Val, D0) ->
    Slot = get_slot(D0, Key),
    {D1, Added} = on_bucket(fun(B) -> store_bkt_val(Key, Val, B) end, D0, Slot),
    maybe_expand(D1, Added).

-file("dict.erl", 208).
store_bkt_val(K, New, [[K | _] | Bkt]) -> {[[K | New] | Bkt], 0};
store_bkt_val(K, New, [C | Bkt0]) ->
    {Bkt1, N} = store_bkt_val(K, New, Bkt0),
    {[C | Bkt1], N};
store_bkt_val(K, New, []) -> {[[K | New]], 1}.

-file("dict.erl", 218).
append(Key, Val, D0) ->
    Slot = get_slot(D0, Key),
    {D1, Added} = on_bucket(fun(B) -> append_bkt(Key, Val, B) end, D0, Slot),
    maybe_expand(D1, Added).

-file("dict.erl", 226).
append_bkt(K, Val, [[K | Bag] | Bkt]) -> {[[K | Bag ++ [Val]] | Bkt], 0};
append_bkt(K, Val, [C | Bkt0]) ->
    {Bkt1, N} = append_bkt(K, Val, Bkt0),
    {[C | Bkt1], N};
append_bkt(K, Val, []) -> {[[K | [Val]]], 1}.

-file("dict.erl", 237).
append_list(Key, L, D0) ->
    Slot = get_slot(D0, Key),
    {D1, Added} = on_bucket(fun(B) -> app_list_bkt(Key, L, B) end, D0, Slot),
    maybe_expand(D1, Added).

-file("dict.erl", 245).
app_list_bkt(K, L, [[K | Bag] | Bkt]) -> {[[K | Bag ++ L] | Bkt], 0};
app_list_bkt(K, L, [C | Bkt0]) ->
    {Bkt1, N} = app_list_bkt(K, L, Bkt0),
    {[C | Bkt1], N};
app_list_bkt(K, L, []) -> {[[K | L]], 1}.

-file("dict.erl", 310).
update(Key, F, D0) ->
    Slot = get_slot(D0, Key),
    try on_bucket(fun(B) -> update_bkt(Key, F, B) end, D0, Slot) of
        {D1, _} -> D1
    catch
        throw:badarg -> erlang:error(badarg, [Key, F, D0])
    end.

-file("dict.erl", 318).
update_bkt(K, F, [[K | V] | Bkt]) ->
    New = F(V),
    {[[K | New] | Bkt], New};
update_bkt(K, F, [C | Bkt0]) ->
    {Bkt1, New} = update_bkt(K, F, Bkt0),
    {[C | Bkt1], New};
update_bkt(_, _, []) -> throw(badarg).

%% A fun that is not a fun/1 fails only when used: badfun on an existing
%% key, function_clause in update_bkt/4 on a new one.
-file("dict.erl", 333).
update(Key, F, Init, D0) ->
    Slot = get_slot(D0, Key),
    {D1, Added} = on_bucket(fun(B) -> update_bkt(Key, F, Init, B) end, D0, Slot),
    maybe_expand(D1, Added).

-file("dict.erl", 339).
update_bkt(K, F, _, [[K | V] | Bkt]) -> {[[K | F(V)] | Bkt], 0};
update_bkt(K, F, I, [C | Bkt0]) ->
    {Bkt1, N} = update_bkt(K, F, I, Bkt0),
    {[C | Bkt1], N};
update_bkt(K, F, I, []) when is_function(F, 1) -> {[[K | I]], 1}.

-file("dict.erl", 351).
update_counter(Key, Incr, D0) when is_number(Incr) ->
    Slot = get_slot(D0, Key),
    {D1, Added} = on_bucket(fun(B) -> counter_bkt(Key, Incr, B) end, D0, Slot),
    maybe_expand(D1, Added).

-file("dict.erl", 359).
counter_bkt(K, I, [[K | V] | Bkt]) -> {[[K | V + I] | Bkt], 0};
counter_bkt(K, I, [C | Bkt0]) ->
    {Bkt1, N} = counter_bkt(K, I, Bkt0),
    {[C | Bkt1], N};
counter_bkt(K, I, []) -> {[[K | I]], 1}.

-file("dict.erl", 376).
fold(F, Acc, D) -> fold_dict(F, Acc, D).

-file("dict.erl", 383).
map(F, D) -> map_dict(F, D).

-file("dict.erl", 390).
filter(F, D) -> filter_dict(F, D).

-file("dict.erl", 398).
merge(F, D1, D2) when D1#dict.size < D2#dict.size ->
    fold_dict(fun(K, V1, D) -> update(K, fun(V2) -> F(K, V1, V2) end, V1, D) end, D2, D1);
merge(F, D1, D2) ->
    fold_dict(fun(K, V2, D) -> update(K, fun(V1) -> F(K, V1, V2) end, V2, D) end, D1, D2).

%% ---- slots and buckets -------------------------------------------------------

-file("dict.erl", 412).
get_slot(D, Key) ->
    H = erlang:phash(Key, D#dict.maxn),
    if
        H > D#dict.n -> H - D#dict.bso;
        true -> H
    end.

-file("dict.erl", 421).
get_bucket(D, Slot) -> get_bucket_s(D#dict.segs, Slot).

%% Applies F to the bucket of Slot; F returns the new bucket and a result.
-file("dict.erl", 426).
on_bucket(F, D, Slot) ->
    SegI = (Slot - 1) div ?SEG + 1,
    BktI = (Slot - 1) rem ?SEG + 1,
    Segs = D#dict.segs,
    Seg = element(SegI, Segs),
    {Bkt, Res} = F(element(BktI, Seg)),
    {D#dict{segs = setelement(SegI, Segs, setelement(BktI, Seg, Bkt))}, Res}.

-file("dict.erl", 515).
get_bucket_s(Segs, Slot) ->
    element((Slot - 1) rem ?SEG + 1, element((Slot - 1) div ?SEG + 1, Segs)).

-file("dict.erl", 520).
put_bucket_s(Segs, Slot, Bkt) ->
    SegI = (Slot - 1) div ?SEG + 1,
    setelement(SegI, Segs, setelement((Slot - 1) rem ?SEG + 1, element(SegI, Segs), Bkt)).

%% ---- whole-table walks: last segment, last bucket first ----------------------

-file("dict.erl", 444).
fold_dict(F, Acc, #dict{size = 0}) when is_function(F, 3) -> Acc;
fold_dict(F, Acc, D) ->
    Segs = D#dict.segs,
    fold_segs(F, Acc, Segs, tuple_size(Segs)).

-file("dict.erl", 450).
fold_segs(F, Acc, Segs, I) when I >= 1 ->
    Seg = element(I, Segs),
    fold_segs(F, fold_seg(F, Acc, Seg, tuple_size(Seg)), Segs, I - 1);
fold_segs(F, Acc, _, 0) when is_function(F, 3) -> Acc.

-file("dict.erl", 455).
fold_seg(F, Acc, Seg, I) when I >= 1 ->
    fold_seg(F, fold_bucket(F, Acc, element(I, Seg)), Seg, I - 1);
fold_seg(F, Acc, _, 0) when is_function(F, 3) -> Acc.

-file("dict.erl", 459).
fold_bucket(F, Acc, [[K | V] | Bkt]) -> fold_bucket(F, F(K, V, Acc), Bkt);
fold_bucket(F, Acc, []) when is_function(F, 3) -> Acc.

-file("dict.erl", 463).
map_dict(F, #dict{size = 0} = D) when is_function(F, 2) -> D;
map_dict(F, D) ->
    Segs = map_seg_list(F, tuple_to_list(D#dict.segs)),
    D#dict{segs = list_to_tuple(Segs)}.

-file("dict.erl", 470).
map_seg_list(F, [Seg | Segs]) ->
    Bkts = map_bkt_list(F, tuple_to_list(Seg)),
    [list_to_tuple(Bkts) | map_seg_list(F, Segs)];
map_seg_list(F, []) when is_function(F, 2) -> [].

-file("dict.erl", 476).
map_bkt_list(F, [Bkt | Bkts]) -> [map_bucket(F, Bkt) | map_bkt_list(F, Bkts)];
map_bkt_list(F, []) when is_function(F, 2) -> [].

-file("dict.erl", 480).
map_bucket(F, [[K | V] | Bkt]) -> [[K | F(K, V)] | map_bucket(F, Bkt)];
map_bucket(F, []) when is_function(F, 2) -> [].

-file("dict.erl", 484).
filter_dict(F, #dict{size = 0} = D) when is_function(F, 2) -> D;
filter_dict(F, D) ->
    {Segs, Dropped} = filter_seg_list(F, tuple_to_list(D#dict.segs), [], 0),
    maybe_contract(D#dict{segs = list_to_tuple(Segs)}, Dropped).

-file("dict.erl", 491).
filter_seg_list(F, [Seg | Segs], Acc, N0) ->
    {Bkts, N1} = filter_bkt_list(F, tuple_to_list(Seg), [], N0),
    filter_seg_list(F, Segs, [list_to_tuple(Bkts) | Acc], N1);
filter_seg_list(F, [], Acc, N) when is_function(F, 2) -> {lists:reverse(Acc, []), N}.

-file("dict.erl", 498).
filter_bkt_list(F, [Bkt0 | Bkts], Acc, N0) ->
    {Bkt1, N1} = filter_bucket(F, Bkt0, [], N0),
    filter_bkt_list(F, Bkts, [Bkt1 | Acc], N1);
filter_bkt_list(F, [], Acc, N) when is_function(F, 2) -> {lists:reverse(Acc), N}.

-file("dict.erl", 504).
filter_bucket(F, [[K | V] = C | Bkt], Acc, N) ->
    case F(K, V) of
        true -> filter_bucket(F, Bkt, [C | Acc], N);
        false -> filter_bucket(F, Bkt, Acc, N + 1)
    end;
filter_bucket(F, [], Acc, N) when is_function(F, 2) -> {lists:reverse(Acc), N}.

%% ---- growing and shrinking ---------------------------------------------------

-file("dict.erl", 530).
maybe_expand(D, 0) -> maybe_expand_aux(D, 0);
maybe_expand(D, 1) -> maybe_expand_aux(D, 1).

-file("dict.erl", 533).
maybe_expand_aux(D0, Added) when D0#dict.size + Added > D0#dict.exp_size ->
    D = maybe_expand_segs(D0),
    N = D#dict.n + 1,
    Low = N - D#dict.bso,
    Segs0 = D#dict.segs,
    [B1 | B2] = rehash(get_bucket_s(Segs0, Low), Low, N, D#dict.maxn),
    Segs = put_bucket_s(put_bucket_s(Segs0, Low, B1), N, B2),
    D#dict{size = D#dict.size + Added, n = N, exp_size = N * ?EXPAND,
           con_size = N * ?CONTRACT, segs = Segs};
maybe_expand_aux(D, Added) -> D#dict{size = D#dict.size + Added}.

-file("dict.erl", 550).
maybe_expand_segs(#dict{n = N, maxn = N, bso = Bso, segs = Segs, empty = E} = D) ->
    Grown = list_to_tuple(tuple_to_list(Segs) ++ lists:duplicate(tuple_size(Segs), E)),
    D#dict{maxn = 2 * N, bso = 2 * Bso, segs = Grown};
maybe_expand_segs(D) -> D.

%% Cells rehashing to Low stay, the rest move to the new slot; order kept.
-file("dict.erl", 583).
rehash([[K | _] = C | Bkt], Low, High, MaxN) ->
    [L1 | L2] = rehash(Bkt, Low, High, MaxN),
    case erlang:phash(K, MaxN) of
        Low -> [[C | L1] | L2];
        High -> [L1 | [C | L2]]
    end;
rehash([], _Low, _High, _MaxN) -> [[] | []].

-file("dict.erl", 556).
maybe_contract(#dict{size = Size, con_size = Con, n = N} = D, Removed)
  when Size - Removed < Con, N > ?SEG ->
    Low = N - D#dict.bso,
    Segs0 = D#dict.segs,
    Joined = get_bucket_s(Segs0, Low) ++ get_bucket_s(Segs0, N),
    Segs = put_bucket_s(put_bucket_s(Segs0, Low, Joined), N, []),
    N1 = N - 1,
    maybe_contract_segs(D#dict{size = Size - Removed, n = N1, exp_size = N1 * ?EXPAND,
                               con_size = N1 * ?CONTRACT, segs = Segs});
maybe_contract(#dict{size = Size} = D, Removed) -> D#dict{size = Size - Removed}.

-file("dict.erl", 574).
maybe_contract_segs(#dict{n = N, bso = N, maxn = MaxN, segs = Segs} = D) ->
    Half = lists:sublist(tuple_to_list(Segs), tuple_size(Segs) div 2),
    D#dict{maxn = MaxN div 2, bso = N div 2, segs = list_to_tuple(Half)};
maybe_contract_segs(D) -> D.
