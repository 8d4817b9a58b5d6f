%% The gb_trees module: OTP 25's general balanced trees (Andersson's
%% scapegoat-style trees), as {Size, Node} with Node = nil | {Key, Value,
%% Smaller, Bigger}. Insertion rebalances exactly where OTP's does (a
%% subtree is rebuilt when its height bound 2^h exceeds size^2), so trees
%% print as in erl. Deletion never rebalances, as in OTP.
%%
%% Keys compare with < and > (so 1 and 1.0 are the same key); a missing key
%% fails with function_clause and an existing one on insert/3 with
%% {key_exists, Key}, as OTP's do. OTP 25 has no iterator/2, larger/2 or
%% smaller/2 (they came in OTP 26), so neither does this module.

-module(gb_trees).
-export([empty/0, is_empty/1, size/1, lookup/2, get/2, insert/3, update/3,
         enter/3, delete/2, delete_any/2, balance/1, is_defined/2, keys/1,
         values/1, to_list/1, from_orddict/1, smallest/1, largest/1, take/2,
         take_any/2, take_smallest/1, take_largest/1, iterator/1,
         iterator_from/2, next/1, map/2]).

-file("gb_trees.erl", 173).
empty() -> {0, nil}.

-file("gb_trees.erl", 179).
is_empty({0, nil}) -> true;
is_empty(_) -> false.

-file("gb_trees.erl", 187).
size({Size, _}) when is_integer(Size), Size >= 0 -> Size.

-file("gb_trees.erl", 195).
lookup(Key, {_, T}) -> lookup_1(Key, T).

-file("gb_trees.erl", 205).
lookup_1(Key, {K, _, Smaller, _}) when Key < K -> lookup_1(Key, Smaller);
lookup_1(Key, {K, _, _, Bigger}) when Key > K -> lookup_1(Key, Bigger);
lookup_1(_, {_, V, _, _}) -> {value, V};
lookup_1(_, nil) -> none.

-file("gb_trees.erl", 221).
is_defined(Key, {_, T}) -> lookup_1(Key, T) =/= none.

-file("gb_trees.erl", 240).
get(Key, {_, T}) -> get_1(Key, T).

-file("gb_trees.erl", 243).
get_1(Key, {K, _, Smaller, _}) when Key < K -> get_1(Key, Smaller);
get_1(Key, {K, _, _, Bigger}) when Key > K -> get_1(Key, Bigger);
get_1(_, {_, V, _, _}) -> V.

-file("gb_trees.erl", 256).
update(Key, Val, {S, T}) -> {S, update_1(Key, Val, T)}.

-file("gb_trees.erl", 262).
update_1(Key, Val, {K, V, Smaller, Bigger}) when Key < K ->
    {K, V, update_1(Key, Val, Smaller), Bigger};
update_1(Key, Val, {K, V, Smaller, Bigger}) when Key > K ->
    {K, V, Smaller, update_1(Key, Val, Bigger)};
update_1(Key, Val, {_, _, Smaller, Bigger}) ->
    {Key, Val, Smaller, Bigger}.

-file("gb_trees.erl", 275).
insert(Key, Val, {S, T}) when is_integer(S) ->
    S1 = S + 1,
    {S1, insert_1(Key, Val, T, S1 * S1)}.

%% Returns a plain node while no rebalancing can be needed, or {Node,
%% HeightBound, Size} on the path of a possibly too-deep insertion (when the
%% budget S, halved per level, runs out exactly at the new leaf).
-file("gb_trees.erl", 279).
insert_1(Key, Val, {K, V, Smaller, Bigger}, S) when Key < K ->
    case insert_1(Key, Val, Smaller, S bsr 1) of
        {T1, H1, S1} -> rebuild({K, V, T1, Bigger}, H1, S1, Bigger);
        T1 -> {K, V, T1, Bigger}
    end;
insert_1(Key, Val, {K, V, Smaller, Bigger}, S) when Key > K ->
    case insert_1(Key, Val, Bigger, S bsr 1) of
        {T1, H1, S1} -> rebuild({K, V, Smaller, T1}, H1, S1, Smaller);
        T1 -> {K, V, Smaller, T1}
    end;
insert_1(Key, Val, nil, 0) -> {{Key, Val, nil, nil}, 1, 1};
insert_1(Key, Val, nil, _) -> {Key, Val, nil, nil};
insert_1(Key, _, _, _) -> erlang:error({key_exists, Key}).

rebuild(T, H1, S1, Other) ->
    {H2, S2} = count(Other),
    H = 2 * max(H1, H2),
    SS = S1 + S2 + 1,
    case H > SS * SS of
        true -> balance(T, SS);
        false -> {T, H, SS}
    end.

-file("gb_trees.erl", 336).
count({_, _, nil, nil}) -> {1, 1};
count({_, _, Sm, Bi}) ->
    {H1, S1} = count(Sm),
    {H2, S2} = count(Bi),
    {2 * max(H1, H2), S1 + S2 + 1};
count(nil) -> {1, 0}.

-file("gb_trees.erl", 326).
enter(Key, Val, T) ->
    case is_defined(Key, T) of
        true -> update(Key, Val, T);
        false -> insert(Key, Val, T)
    end.

-file("gb_trees.erl", 351).
balance({S, T}) -> {S, balance(T, S)}.

-file("gb_trees.erl", 354).
balance(T, S) -> balance_list(to_list(T, []), S).

-file("gb_trees.erl", 357).
balance_list(L, S) ->
    {T, []} = balance_list_1(L, S),
    T.

%% A perfectly balanced tree of the first S pairs; the bigger half gets the
%% extra element when S - 1 is odd.
-file("gb_trees.erl", 361).
balance_list_1(L, S) when S > 1 ->
    Rest = S - 1,
    S2 = Rest div 2,
    {T1, [{K, V} | L1]} = balance_list_1(L, Rest - S2),
    {T2, L2} = balance_list_1(L1, S2),
    {{K, V, T1, T2}, L2};
balance_list_1([{K, V} | L], 1) -> {{K, V, nil, nil}, L};
balance_list_1(L, 0) -> {nil, L}.

-file("gb_trees.erl", 378).
from_orddict(L) ->
    S = length(L),
    {S, balance_list(L, S)}.

-file("gb_trees.erl", 388).
delete_any(Key, T) ->
    case is_defined(Key, T) of
        true -> delete(Key, T);
        false -> T
    end.

-file("gb_trees.erl", 402).
delete(Key, {S, T}) when is_integer(S), S >= 0 -> {S - 1, delete_1(Key, T)}.

-file("gb_trees.erl", 407).
delete_1(Key, {K, V, Smaller, Bigger}) when Key < K -> {K, V, delete_1(Key, Smaller), Bigger};
delete_1(Key, {K, V, Smaller, Bigger}) when Key > K -> {K, V, Smaller, delete_1(Key, Bigger)};
delete_1(_, {_, _, Smaller, Bigger}) -> join(Smaller, Bigger).

join(Smaller, nil) -> Smaller;
join(nil, Bigger) -> Bigger;
join(Smaller, Bigger) ->
    {K, V, Bigger1} = take_smallest1(Bigger),
    {K, V, Smaller, Bigger1}.

-file("gb_trees.erl", 432).
take_any(Key, T) ->
    case is_defined(Key, T) of
        true -> take(Key, T);
        false -> error
    end.

-file("gb_trees.erl", 446).
take(Key, {S, T}) when is_integer(S), S >= 0 ->
    {V, T1} = take_1(Key, T),
    {V, {S - 1, T1}}.

-file("gb_trees.erl", 450).
take_1(Key, {K, V, Smaller, Bigger}) when Key < K ->
    {V1, Smaller1} = take_1(Key, Smaller),
    {V1, {K, V, Smaller1, Bigger}};
take_1(Key, {K, V, Smaller, Bigger}) when Key > K ->
    {V1, Bigger1} = take_1(Key, Bigger),
    {V1, {K, V, Smaller, Bigger1}};
take_1(_, {_, V, Smaller, Bigger}) -> {V, join(Smaller, Bigger)}.

-file("gb_trees.erl", 465).
take_smallest({S, T}) when is_integer(S), S >= 0 ->
    {K, V, T1} = take_smallest1(T),
    {K, V, {S - 1, T1}}.

-file("gb_trees.erl", 469).
take_smallest1({K, V, nil, Bigger}) -> {K, V, Bigger};
take_smallest1({K, V, Smaller, Bigger}) ->
    {K1, V1, Smaller1} = take_smallest1(Smaller),
    {K1, V1, {K, V, Smaller1, Bigger}}.

-file("gb_trees.erl", 490).
take_largest({S, T}) when is_integer(S), S >= 0 ->
    {K, V, T1} = take_largest1(T),
    {K, V, {S - 1, T1}}.

-file("gb_trees.erl", 494).
take_largest1({K, V, Smaller, nil}) -> {K, V, Smaller};
take_largest1({K, V, Smaller, Bigger}) ->
    {K1, V1, Bigger1} = take_largest1(Bigger),
    {K1, V1, {K, V, Smaller, Bigger1}}.

-file("gb_trees.erl", 478).
smallest({_, T}) -> smallest_1(T).

-file("gb_trees.erl", 481).
smallest_1({K, V, nil, _}) -> {K, V};
smallest_1({_, _, Smaller, _}) -> smallest_1(Smaller).

-file("gb_trees.erl", 503).
largest({_, T}) -> largest_1(T).

-file("gb_trees.erl", 506).
largest_1({K, V, _, nil}) -> {K, V};
largest_1({_, _, _, Bigger}) -> largest_1(Bigger).

-file("gb_trees.erl", 516).
to_list({_, T}) -> to_list(T, []).

-file("gb_trees.erl", 521).
to_list({K, V, Smaller, Bigger}, L) -> to_list(Smaller, [{K, V} | to_list(Bigger, L)]);
to_list(nil, L) -> L.

-file("gb_trees.erl", 530).
keys({_, T}) -> keys(T, []).

-file("gb_trees.erl", 533).
keys({K, _, Smaller, Bigger}, L) -> keys(Smaller, [K | keys(Bigger, L)]);
keys(nil, L) -> L.

-file("gb_trees.erl", 542).
values({_, T}) -> values(T, []).

-file("gb_trees.erl", 545).
values({_, V, Smaller, Bigger}, L) -> values(Smaller, [V | values(Bigger, L)]);
values(nil, L) -> L.

%% An iterator is the stack of nodes whose key and bigger subtree are
%% still to visit, the next one first.
-file("gb_trees.erl", 555).
iterator({_, T}) -> push_left(T, []).

push_left({_, _, nil, _} = T, As) -> [T | As];
push_left({_, _, L, _} = T, As) -> push_left(L, [T | As]);
push_left(nil, As) -> As.

-file("gb_trees.erl", 577).
iterator_from(Key, {_, T}) -> from(Key, T, []).

from(Key, {K, _, _, Bigger}, As) when K < Key -> from(Key, Bigger, As);
from(_, {_, _, nil, _} = T, As) -> [T | As];
from(Key, {_, _, L, _} = T, As) -> from(Key, L, [T | As]);
from(_, nil, As) -> As.

-file("gb_trees.erl", 598).
next([{K, V, _, Bigger} | As]) -> {K, V, push_left(Bigger, As)};
next([]) -> none.

-file("gb_trees.erl", 610).
map(F, {Size, T}) when is_function(F, 2) -> {Size, map_1(F, T)}.

-file("gb_trees.erl", 613).
map_1(_, nil) -> nil;
map_1(F, {K, V, Smaller, Bigger}) ->
    {K, F(K, V), map_1(F, Smaller), map_1(F, Bigger)}.
