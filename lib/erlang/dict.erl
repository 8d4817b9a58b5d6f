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

new() ->
    Empty = erlang:make_tuple(?SEG, []),
    #dict{empty = Empty, segs = {Empty}}.

is_key(Key, D) ->
    Slot = get_slot(D, Key),
    find_in(Key, get_bkt(D#dict.segs, Slot)) =/= error.

to_list(D) -> fold(fun(K, V, Acc) -> [{K, V} | Acc] end, [], D).

from_list(L) -> lists:foldl(fun({K, V}, D) -> store(K, V, D) end, new(), L).

size(#dict{size = N}) when is_integer(N), N >= 0 -> N.

is_empty(#dict{size = N}) -> N =:= 0.

fetch(Key, D) ->
    Slot = get_slot(D, Key),
    case find_in(Key, get_bkt(D#dict.segs, Slot)) of
        {ok, V} -> V;
        error -> erlang:error(badarg, [Key, D])
    end.

find(Key, D) ->
    Slot = get_slot(D, Key),
    find_in(Key, get_bkt(D#dict.segs, Slot)).

fetch_keys(D) -> fold(fun(K, _V, Acc) -> [K | Acc] end, [], D).

erase(Key, D0) ->
    {D1, Removed} = on_bucket(D0, Key, fun(B) -> remove(Key, B) end),
    contract(D1, Removed).

take(Key, D0) ->
    case on_bucket(D0, Key, fun(B) -> take_from(Key, B) end) of
        {D1, {Value, 1}} -> {Value, contract(D1, 1)};
        {_, error} -> error
    end.

store(Key, Val, D) ->
    change(Key, D, fun(_Old) -> Val end, fun() -> Val end).

append(Key, Val, D) ->
    change(Key, D, fun(Old) -> Old ++ [Val] end, fun() -> [Val] end).

append_list(Key, L, D) ->
    change(Key, D, fun(Old) -> Old ++ L end, fun() -> L end).

update(Key, F, D0) ->
    try on_bucket(D0, Key, fun(B) -> update_in(Key, F, B) end) of
        {D1, _} -> D1
    catch
        throw:dict_no_key -> erlang:error(badarg, [Key, F, D0])
    end.

%% As in OTP, a fun that is not a fun/1 fails only when used: badfun on an
%% existing key, function_clause on a new one.
update(Key, F, Init, D) when is_function(F, 1) ->
    change(Key, D, F, fun() -> Init end);
update(Key, F, Init, D) ->
    case is_key(Key, D) of
        true -> change(Key, D, F, fun() -> Init end);
        false -> erlang:error(function_clause, [Key, F, Init, D])
    end.

update_counter(Key, Incr, D) when is_number(Incr) ->
    change(Key, D, fun(Old) -> Old + Incr end, fun() -> Incr end).

fold(F, Acc, D) when is_function(F, 3), D#dict.size =:= 0 -> Acc;
fold(F, Acc, D) when is_function(F, 3) ->
    Segs = D#dict.segs,
    %% Last segment, last bucket first, each bucket front to back.
    lists:foldr(
      fun(Seg, A0) ->
              lists:foldr(
                fun(Bkt, A1) ->
                        lists:foldl(fun([K | V], A2) -> F(K, V, A2) end, A1, Bkt)
                end, A0, tuple_to_list(Seg))
      end, Acc, tuple_to_list(Segs)).

map(F, #dict{size = 0} = D) when is_function(F, 2) -> D;
map(F, #dict{segs = Segs} = D) when is_function(F, 2) ->
    D#dict{segs = map_tuple(fun(Seg) ->
                                    map_tuple(fun(Bkt) -> [[K | F(K, V)] || [K | V] <- Bkt] end, Seg)
                            end, Segs)}.

filter(F, #dict{size = 0} = D) when is_function(F, 2) -> D;
filter(F, #dict{segs = Segs} = D) when is_function(F, 2) ->
    Kept = map_tuple(fun(Seg) ->
                             map_tuple(fun(Bkt) -> keep(F, Bkt) end, Seg)
                     end, Segs),
    Left = lists:sum([length(B) || S <- tuple_to_list(Kept), B <- tuple_to_list(S)]),
    contract(D#dict{segs = Kept}, D#dict.size - Left).

merge(F, D1, D2) when D1#dict.size < D2#dict.size ->
    fold(fun(K, V1, D) -> update(K, fun(V2) -> F(K, V1, V2) end, V1, D) end, D2, D1);
merge(F, D1, D2) ->
    fold(fun(K, V2, D) -> update(K, fun(V1) -> F(K, V1, V2) end, V2, D) end, D1, D2).

%% ---- buckets ---------------------------------------------------------------

keep(_F, []) -> [];
keep(F, [[K | V] = C | Bkt]) ->
    case F(K, V) of
        true -> [C | keep(F, Bkt)];
        false -> keep(F, Bkt)
    end.

map_tuple(F, T) -> list_to_tuple([F(E) || E <- tuple_to_list(T)]).

find_in(K, [[K | V] | _]) -> {ok, V};
find_in(K, [_ | Bkt]) -> find_in(K, Bkt);
find_in(_, []) -> error.

remove(K, [[K | _] | Bkt]) -> {Bkt, 1};
remove(K, [C | Bkt0]) -> {Bkt1, N} = remove(K, Bkt0), {[C | Bkt1], N};
remove(_, []) -> {[], 0}.

take_from(K, [[K | V] | Bkt]) -> {Bkt, {V, 1}};
take_from(K, [C | Bkt0]) -> {Bkt1, R} = take_from(K, Bkt0), {[C | Bkt1], R};
take_from(_, []) -> {[], error}.

update_in(K, F, [[K | V] | Bkt]) -> New = F(V), {[[K | New] | Bkt], New};
update_in(K, F, [C | Bkt0]) -> {Bkt1, New} = update_in(K, F, Bkt0), {[C | Bkt1], New};
update_in(_, _, []) -> throw(dict_no_key).

%% Replaces the value of Key with Upd(Old), or adds it (at the bucket's end)
%% with New().
change(Key, D0, Upd, New) ->
    {D1, Added} = on_bucket(D0, Key, fun(B) -> change_in(Key, Upd, New, B) end),
    expand(D1, Added).

change_in(K, Upd, _New, [[K | V] | Bkt]) -> {[[K | Upd(V)] | Bkt], 0};
change_in(K, Upd, New, [C | Bkt0]) ->
    {Bkt1, N} = change_in(K, Upd, New, Bkt0),
    {[C | Bkt1], N};
change_in(K, _Upd, New, []) -> {[[K | New()]], 1}.

get_slot(D, Key) ->
    case erlang:phash(Key, D#dict.maxn) of
        H when H > D#dict.n -> H - D#dict.bso;
        H -> H
    end.

on_bucket(D, Key, F) ->
    Slot = get_slot(D, Key),
    Segs = D#dict.segs,
    {Bkt, Res} = F(get_bkt(Segs, Slot)),
    {D#dict{segs = put_bkt(Segs, Slot, Bkt)}, Res}.

get_bkt(Segs, Slot) ->
    element((Slot - 1) rem ?SEG + 1, element((Slot - 1) div ?SEG + 1, Segs)).

put_bkt(Segs, Slot, Bkt) ->
    SegI = (Slot - 1) div ?SEG + 1,
    setelement(SegI, Segs, setelement((Slot - 1) rem ?SEG + 1, element(SegI, Segs), Bkt)).

%% ---- growing and shrinking ---------------------------------------------------

expand(#dict{size = Size, exp_size = Exp} = D0, Added) when Size + Added > Exp ->
    D = more_segs(D0),
    N = D#dict.n + 1,
    Low = N - D#dict.bso,
    Segs0 = D#dict.segs,
    MaxN = D#dict.maxn,
    {B1, B2} = split(get_bkt(Segs0, Low), Low, MaxN),
    Segs = put_bkt(put_bkt(Segs0, Low, B1), N, B2),
    D#dict{size = Size + Added, n = N, exp_size = N * ?EXPAND,
           con_size = N * ?CONTRACT, segs = Segs};
expand(#dict{size = Size} = D, Added) -> D#dict{size = Size + Added}.

%% Cells rehashing to Low stay, the rest move to the new slot; order kept.
split([], _Low, _MaxN) -> {[], []};
split([[K | _] = C | Bkt], Low, MaxN) ->
    {L1, L2} = split(Bkt, Low, MaxN),
    case erlang:phash(K, MaxN) of
        Low -> {[C | L1], L2};
        _ -> {L1, [C | L2]}
    end.

more_segs(#dict{n = N, maxn = N, bso = Bso, segs = Segs, empty = E} = D) ->
    Grown = list_to_tuple(tuple_to_list(Segs) ++ lists:duplicate(tuple_size(Segs), E)),
    D#dict{maxn = 2 * N, bso = 2 * Bso, segs = Grown};
more_segs(D) -> D.

contract(#dict{size = Size, con_size = Con, n = N} = D, Removed)
  when Size - Removed < Con, N > ?SEG ->
    Low = N - D#dict.bso,
    Segs0 = D#dict.segs,
    Joined = get_bkt(Segs0, Low) ++ get_bkt(Segs0, N),
    Segs = put_bkt(put_bkt(Segs0, Low, Joined), N, []),
    N1 = N - 1,
    fewer_segs(D#dict{size = Size - Removed, n = N1, exp_size = N1 * ?EXPAND,
                      con_size = N1 * ?CONTRACT, segs = Segs});
contract(#dict{size = Size} = D, Removed) -> D#dict{size = Size - Removed}.

fewer_segs(#dict{n = N, bso = N, maxn = MaxN, segs = Segs} = D) ->
    Half = lists:sublist(tuple_to_list(Segs), tuple_size(Segs) div 2),
    D#dict{maxn = MaxN div 2, bso = N div 2, segs = list_to_tuple(Half)};
fewer_segs(D) -> D.
