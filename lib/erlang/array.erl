%% The array module: OTP 25's functional arrays, with OTP's record
%% {array, Size, Max, Default, Elements} and tree layout, so that arrays
%% print as in erl.
%%
%% Elements is a tree of tuples: a leaf is a 10-tuple of values; a node is
%% an 11-tuple of 10 subtrees followed by the number of indexes each child
%% covers; an integer stands for a subtree not yet created (all defaults),
%% and is the number of indexes it covers. Max is the capacity of the tree
%% (0 when the array is fixed). Trees only grow where set/3 or resize/2
%% reach, and map/2 creates every subtree up to the last index, as OTP's.
%% Bad arguments fail with badarg, as in OTP.

-module(array).
-export([new/0, new/1, new/2, is_array/1, set/3, get/2, size/1, sparse_size/1,
         default/1, reset/2, to_list/1, sparse_to_list/1, from_list/1,
         from_list/2, to_orddict/1, sparse_to_orddict/1, from_orddict/1,
         from_orddict/2, map/2, sparse_map/2, foldl/3, foldr/3, sparse_foldl/3,
         sparse_foldr/3, fix/1, relax/1, is_fix/1, resize/1, resize/2]).

-define(LEAF, 10).

-record(array, {size, max, default, elements}).

-define(IS_NODE(E), tuple_size(E) =:= ?LEAF + 1).

%% ---- creation and properties ------------------------------------------------

-file("array.erl", 192).
new() -> new([]).

-file("array.erl", 235).
new(Options) -> new_0(Options, 0, false).

-file("array.erl", 255).
new(Size, Options) when is_integer(Size), Size >= 0 -> new_0(Options, Size, true);
new(_, _) -> erlang:error(badarg).

-file("array.erl", 260).
new_0(Options, Size, Fixed) when is_list(Options) -> new_1(Options, Size, Fixed, undefined);
new_0(Option, Size, Fixed) -> new_1([Option], Size, Fixed, undefined).

-file("array.erl", 265).
new_1([fixed | Os], Size, _, D) -> new_1(Os, Size, true, D);
new_1([{fixed, F} | Os], Size, _, D) when is_boolean(F) -> new_1(Os, Size, F, D);
new_1([{default, D} | Os], Size, Fixed, _) -> new_1(Os, Size, Fixed, D);
new_1([{size, N} | Os], _, _, D) when is_integer(N), N >= 0 -> new_1(Os, N, true, D);
new_1([N | Os], _, _, D) when is_integer(N), N >= 0 -> new_1(Os, N, true, D);
new_1([], Size, Fixed, D) -> make(Size, Fixed, D);
new_1(_, _, _, _) -> erlang:error(badarg).

make(0, false, undefined) ->
    #array{size = 0, max = ?LEAF, elements = ?LEAF};
make(Size, Fixed, D) ->
    Cap = capacity(Size - 1, ?LEAF),
    #array{size = Size, max = case Fixed of true -> 0; false -> Cap end,
           default = D, elements = Cap}.

%% The smallest power-of-ten capacity (at least a leaf) holding index I.
capacity(I, M) when I >= M -> capacity(I, M * ?LEAF);
capacity(_, M) -> M.

-file("array.erl", 308).
is_array(#array{size = Size, max = Max}) when is_integer(Size), is_integer(Max) -> true;
is_array(_) -> false.

-file("array.erl", 323).
size(#array{size = N}) -> N;
size(_) -> erlang:error(badarg).

-file("array.erl", 333).
default(#array{default = D}) -> D;
default(_) -> erlang:error(badarg).

-file("array.erl", 416).
fix(#array{} = A) -> A#array{max = 0}.

-file("array.erl", 426).
is_fix(#array{max = 0}) -> true;
is_fix(#array{}) -> false.

-file("array.erl", 464).
relax(#array{size = N} = A) -> A#array{max = capacity(N - 1, ?LEAF)}.

-file("array.erl", 490).
resize(Size, #array{size = N, max = M, elements = E} = A) when is_integer(Size), Size >= 0 ->
    if
        Size > N ->
            {E1, M1} = grow(Size - 1, E, case M > 0 of true -> M; false -> capacity(N - 1, ?LEAF) end),
            A#array{size = Size, max = case M > 0 of true -> M1; false -> M end, elements = E1};
        Size < N -> A#array{size = Size};
        true -> A
    end;
resize(_, _) -> erlang:error(badarg).

-file("array.erl", 521).
resize(A) -> resize(sparse_size(A), A).

-file("array.erl", 1859).
sparse_size(A) ->
    try sparse_foldr(fun(I, _, _) -> throw({array_last, I}) end, [], A) of
        [] -> 0
    catch
        throw:{array_last, I} -> I + 1
    end.

%% Adds levels on top until the tree covers index I; an uncreated tree
%% just becomes a bigger integer.
-file("array.erl", 601).
grow(I, E, _M) when is_integer(E) ->
    M1 = capacity(I, E),
    {M1, M1};
grow(I, E, M) when I >= M ->
    grow(I, setelement(1, erlang:make_tuple(?LEAF + 1, M), E), M * ?LEAF);
grow(_, E, M) -> {E, M}.

%% ---- access -----------------------------------------------------------------

%% set/3, set_1/4, expand/4, get/2 and get_1/3 sit on the lines OTP's sit
%% on, so that their errors carry erl's lines. array:get/2 and array:set/3
%% have native fast paths (src/bifs/array.ts) that give these functions'
%% results and leave every failure to them.
-file("array.erl", 571).
set(I, V, #array{size = N, max = M, default = D, elements = E} = A)
  when is_integer(I), I >= 0 ->
    if I < N ->
            A#array{elements = set_1(I, E, V, D)};
       I < M ->
            %% M is not 0 here, as N >= 0.
            A#array{size = I + 1, elements = set_1(I, E, V, D)};
       M > 0 ->
            {E1, M1} = grow(I, E, M),
            A#array{size = I + 1, max = M1,
                    elements = set_1(I, E1, V, D)};
       true ->
            erlang:error(badarg)
    end;
set(_, _, _) ->
    erlang:error(badarg).

%% A node first, then an uncreated subtree, then a leaf.

set_1(I, E, V, D) when ?IS_NODE(E) -> S = element(?LEAF + 1, E),
    C = I div S + 1,
    setelement(C, E, set_1(I rem S, element(C, E), V, D));
set_1(I, E, V, D) when is_integer(E) ->
    expand(I, E, V, D);
set_1(I, E, V, _D) ->
    setelement(I + 1, E, V).

%% Creates the path to index I inside an uncreated subtree of capacity S.
-file("array.erl", 615).
expand(I, S, V, D) when S > ?LEAF ->
    S1 = S div ?LEAF,
    setelement(I div S1 + 1, erlang:make_tuple(?LEAF + 1, S1),
               expand(I rem S1, S1, V, D));
expand(I, _S, V, D) ->
    setelement(I + 1, erlang:make_tuple(?LEAF, D), V).

-file("array.erl", 634).
get(I, #array{size = N, max = M, elements = E, default = D})
  when is_integer(I), I >= 0 ->
    if I < N ->
            get_1(I, E, D);
       M > 0 ->
            D;
       true ->
            erlang:error(badarg)
    end;
get(_, _) ->
    erlang:error(badarg).

%% As set_1/4: a node, an uncreated subtree, a leaf. The fold
%% functions below read the tree with get_1/3 too, one index at a
%% time.

get_1(I, E, D) when ?IS_NODE(E) -> S = element(?LEAF + 1, E),
    get_1(I rem S, element(I div S + 1, E), D);
get_1(_I, E, D) when is_integer(E) ->
    D;
get_1(I, E, _D) ->
    element(I + 1, E).

-file("array.erl", 674).
reset(I, #array{size = N, max = M, default = D, elements = E} = A) when is_integer(I), I >= 0 ->
    if
        I < N ->
            case clear(I, E, D) of
                unchanged -> A;
                E1 -> A#array{elements = E1}
            end;
        M > 0 -> A;
        true -> erlang:error(badarg)
    end;
reset(_, _) -> erlang:error(badarg).

%% A value already equal (=:=) to the default leaves the array as it is.
clear(_I, E, _D) when is_integer(E) -> unchanged;
clear(I, E, D) when ?IS_NODE(E) ->
    S = element(?LEAF + 1, E),
    C = I div S + 1,
    case clear(I rem S, element(C, E), D) of
        unchanged -> unchanged;
        Sub -> setelement(C, E, Sub)
    end;
clear(I, E, D) ->
    case element(I + 1, E) of
        D -> unchanged;
        _ -> setelement(I + 1, E, D)
    end.

%% ---- conversions ------------------------------------------------------------

%% The list conversions walk the tree as OTP's do: the subtrees before the
%% one holding the last index are taken whole, whatever their size, and
%% indexes are counted down from the last one. (On a consistent tree this is
%% just indexes 0..Size-1; OTP keeps this walk even on the odd trees that
%% relax/1 or resize/2 leave after a shrink, and so does this module.)
-file("array.erl", 760).
to_list(#array{size = 0}) -> [];
to_list(#array{size = N, elements = E, default = D}) -> values(E, D, N - 1, []);
to_list(_) -> erlang:error(badarg).

-file("array.erl", 833).
sparse_to_list(#array{default = D} = A) -> [V || V <- to_list(A), V =/= D];
sparse_to_list(_) -> erlang:error(badarg).

-file("array.erl", 1011).
to_orddict(#array{size = 0}) -> [];
to_orddict(#array{size = N, elements = E, default = D}) -> pairs(E, N - 1, D, N - 1, []);
to_orddict(_) -> erlang:error(badarg).

-file("array.erl", 1103).
sparse_to_orddict(#array{default = D} = A) -> [P || {_, V} = P <- to_orddict(A), V =/= D];
sparse_to_orddict(_) -> erlang:error(badarg).

%% The values at relative indexes 0..I of subtree E, then Tail.
values(E, D, I, Tail) when is_integer(E) -> lists:duplicate(I + 1, D) ++ Tail;
values(E, D, I, Tail) when ?IS_NODE(E) ->
    S = element(?LEAF + 1, E),
    K = I div S,
    whole_kids(K, E, D, values(element(K + 1, E), D, I rem S, Tail));
values(E, _D, I, Tail) -> lists:sublist(tuple_to_list(E), I + 1) ++ Tail.

whole(E, D, Tail) when is_integer(E) -> lists:duplicate(E, D) ++ Tail;
whole(E, D, Tail) when ?IS_NODE(E) -> whole_kids(?LEAF, E, D, Tail);
whole(E, _D, Tail) -> tuple_to_list(E) ++ Tail.

whole_kids(0, _E, _D, L) -> L;
whole_kids(C, E, D, L) -> whole_kids(C - 1, E, D, whole(element(C, E), D, L)).

%% {Index, Value} for relative indexes 0..I of E, whose last is index R.
pairs(E, R, D, I, Tail) when is_integer(E) -> count_down(I + 1, R, fun(_) -> D end, Tail);
pairs(E, R, D, I, Tail) when ?IS_NODE(E) ->
    S = element(?LEAF + 1, E),
    K = I div S,
    I1 = I rem S,
    whole_pairs_kids(K, R - I1 - 1, S, E, D, pairs(element(K + 1, E), R, D, I1, Tail));
pairs(E, R, _D, I, Tail) -> count_down(I + 1, R, fun(C) -> element(C, E) end, Tail).

whole_pairs(E, R, D, Tail) when is_integer(E) -> count_down(E, R, fun(_) -> D end, Tail);
whole_pairs(E, R, D, Tail) when ?IS_NODE(E) ->
    whole_pairs_kids(?LEAF, R, element(?LEAF + 1, E), E, D, Tail);
whole_pairs(E, R, _D, Tail) -> count_down(?LEAF, R, fun(C) -> element(C, E) end, Tail).

%% Children C, C-1, ..., 1 taken whole; child C ends at index R.
whole_pairs_kids(0, _R, _S, _E, _D, L) -> L;
whole_pairs_kids(C, R, S, E, D, L) ->
    whole_pairs_kids(C - 1, R - S, S, E, D, whole_pairs(element(C, E), R, D, L)).

%% Slots C..1 numbered R, R-1, ...
count_down(0, _R, _Get, L) -> L;
count_down(C, R, Get, L) -> count_down(C - 1, R - 1, Get, [{R, Get(C)} | L]).

-file("array.erl", 900).
from_list(L) -> from_list(L, undefined).

-file("array.erl", 912).
from_list([], D) -> new({default, D});
from_list(L, D) when is_list(L) ->
    {Leaves, N} = leaves(L, D, [], 0),
    {E, M} = stack(Leaves, ?LEAF),
    #array{size = N, max = M, default = D, elements = E};
from_list(_, _) -> erlang:error(badarg).

%% The list cut into leaves padded with the default; a tail that is not a
%% list is badarg.
leaves(L, D, Acc, N) ->
    {Leaf, Rest, K} = take_leaf(?LEAF, L, D, [], 0),
    case Rest of
        [] -> {lists:reverse(Acc, [Leaf]), N + K};
        [_ | _] -> leaves(Rest, D, [Leaf | Acc], N + K);
        _ -> erlang:error(badarg)
    end.

take_leaf(0, L, _D, Acc, K) -> {list_to_tuple(lists:reverse(Acc)), L, K};
take_leaf(I, [X | L], D, Acc, K) -> take_leaf(I - 1, L, D, [X | Acc], K + 1);
take_leaf(I, L, D, Acc, K) -> take_leaf(I - 1, L, D, [D | Acc], K).

%% Groups subtrees of capacity S ten by ten into nodes (the last padded
%% with uncreated subtrees), level after level, until one root is left;
%% returns it with its capacity. Ten holes in a row make a bigger hole.
stack([Root], S) -> {Root, S};
stack(Subs, S) -> stack(group(Subs, S), S * ?LEAF).

group([], _S) -> [];
group(Subs, S) ->
    {Ten, Rest} = take_ten(Subs, S, ?LEAF, []),
    Node = case lists:all(fun(X) -> X =:= S end, Ten) of
               true -> S * ?LEAF;
               false -> list_to_tuple(Ten ++ [S])
           end,
    [Node | group(Rest, S)].

take_ten(Rest, _S, 0, Acc) -> {lists:reverse(Acc), Rest};
take_ten([X | Rest], S, K, Acc) -> take_ten(Rest, S, K - 1, [X | Acc]);
take_ten([], S, K, Acc) -> take_ten([], S, K - 1, [S | Acc]).

-file("array.erl", 1183).
from_orddict(L) -> from_orddict(L, undefined).

-file("array.erl", 1198).
from_orddict([], D) -> new({default, D});
from_orddict(L, D) when is_list(L) ->
    {Slots, N} = from_orddict_0(L, 0, D, [], 0),
    {E, M} = stack(Slots, ?LEAF),
    #array{size = N, max = M, default = D, elements = E};
from_orddict(_, _) -> erlang:error(badarg).

%% The leaf-level subtrees, lowest first: a stretch of whole leaves before
%% the next index becomes holes, but only when that index lies beyond the
%% leaf after the current one (an index exactly ten further gets a leaf of
%% defaults), as in OTP.
-file("array.erl", 1215).
from_orddict_0([], _Ix, _D, Acc, N) -> {lists:reverse(Acc), N};
from_orddict_0([{I, _} | _] = L, Ix, D, Acc, N) when is_integer(I), I > Ix + ?LEAF ->
    Holes = (I - Ix) div ?LEAF,
    from_orddict_0(L, Ix + Holes * ?LEAF, D, lists:duplicate(Holes, ?LEAF) ++ Acc, N);
from_orddict_0([{_, _} | _] = L, Ix, D, Acc, N) ->
    {Leaf, Rest, N1} = from_orddict_1(Ix, Ix + ?LEAF, L, D, [], N),
    from_orddict_0(Rest, Ix + ?LEAF, D, [Leaf | Acc], N1);
from_orddict_0(L, _, _, _, _) -> erlang:error({badarg, L}).

-file("array.erl", 1238).
from_orddict_1(End, End, L, _D, Acc, N) -> {list_to_tuple(lists:reverse(Acc)), L, N};
from_orddict_1(Ix, End, [{Ix, V} | L], D, Acc, _N) -> from_orddict_1(Ix + 1, End, L, D, [V | Acc], Ix + 1);
from_orddict_1(Ix, End, [{I, _} | _] = L, D, Acc, _N) when is_integer(I), I > Ix ->
    from_orddict_1(Ix + 1, End, L, D, [D | Acc], Ix + 1);
from_orddict_1(_, _, [_ | _] = L, _, _, _) -> erlang:error({badarg, L});
from_orddict_1(Ix, End, L, D, Acc, N) -> from_orddict_1(Ix + 1, End, L, D, [D | Acc], N).

%% ---- maps and folds ---------------------------------------------------------

-file("array.erl", 1394).
map(F, #array{size = N, elements = E, default = D} = A) when is_function(F, 2) ->
    case N > 0 of
        true -> A#array{elements = map_1(N - 1, E, 0, F, D)};
        false -> A
    end;
map(_, _) -> erlang:error(badarg).

%% Every subtree up to index Last is created and mapped; a leaf's slots
%% after Last become the default.
-file("array.erl", 1410).
map_1(Last, E, Ix, F, D) when is_integer(E) -> map_1(Last, unfold(E, D), Ix, F, D);
map_1(Last, E, Ix, F, D) when ?IS_NODE(E) ->
    S = element(?LEAF + 1, E),
    K = Last div S + 1,
    Kids = [if
                C < K -> map_1(S - 1, element(C, E), Ix + (C - 1) * S, F, D);
                C =:= K -> map_1(Last rem S, element(C, E), Ix + (C - 1) * S, F, D);
                true -> element(C, E)
            end || C <- lists:seq(1, ?LEAF)],
    list_to_tuple(Kids ++ [S]);
map_1(Last, E, Ix, F, D) ->
    list_to_tuple([if
                       C =< Last + 1 -> F(Ix + C - 1, element(C, E));
                       true -> D
                   end || C <- lists:seq(1, ?LEAF)]).

-file("array.erl", 1441).
unfold(S, _D) when S > ?LEAF -> erlang:make_tuple(?LEAF + 1, S div ?LEAF);
unfold(_S, D) -> erlang:make_tuple(?LEAF, D).

-file("array.erl", 1486).
sparse_map(F, #array{size = N, elements = E, default = D} = A) when is_function(F, 2) ->
    case N > 0 of
        true -> A#array{elements = sparse_map_1(N - 1, E, 0, F, D)};
        false -> A
    end;
sparse_map(_, _) -> erlang:error(badarg).

%% As map_1, but uncreated subtrees stay so and defaults are not mapped;
%% a leaf maps all its non-default slots, even past Last (as OTP's does).
-file("array.erl", 1500).
sparse_map_1(_Last, E, _Ix, _F, _D) when is_integer(E) -> E;
sparse_map_1(Last, E, Ix, F, D) when ?IS_NODE(E) ->
    S = element(?LEAF + 1, E),
    K = Last div S + 1,
    Kids = [if
                C < K -> sparse_map_1(S - 1, element(C, E), Ix + (C - 1) * S, F, D);
                C =:= K -> sparse_map_1(Last rem S, element(C, E), Ix + (C - 1) * S, F, D);
                true -> element(C, E)
            end || C <- lists:seq(1, ?LEAF)],
    list_to_tuple(Kids ++ [S]);
sparse_map_1(_Last, E, Ix, F, D) ->
    list_to_tuple([case element(C, E) of
                       D -> D;
                       V -> F(Ix + C - 1, V)
                   end || C <- lists:seq(1, ?LEAF)]).

%% foldl/3 walks the tree as OTP's does, in OTP's functions and on its
%% lines (a fun that fails shows erl's frames): foldl_1 takes a subtree,
%% foldl_2 the children of a node (all but the last ones not in tail
%% position), foldl_3 the values of a leaf.
-file("array.erl", 1582).
foldl(F, A, #array{size = N, elements = E, default = D})
  when is_function(F, 3) ->
    if N > 0 ->
            foldl_1(N - 1, E, A, 0, F, D);
       true ->
            A
    end;
foldl(_, _, _) ->
    erlang:error(badarg).

foldl_1(N, E, A, Ix, F, D) when ?IS_NODE(E) -> S = element(?LEAF + 1, E),
    foldl_2(1, E, A, Ix, F, D, N div S + 1, N rem S, S);
foldl_1(N, E, A, Ix, F, D) when is_integer(E) ->
    foldl_1(N, unfold(E, D), A, Ix, F, D);
foldl_1(N, E, A, Ix, F, _D) ->
    foldl_3(1, E, A, Ix, F, N + 1).

foldl_2(I, E, A, Ix, F, D, I, R, _S) ->
    foldl_1(R, element(I, E), A, Ix, F, D);
foldl_2(I, E, A, Ix, F, D, N, R, S) ->
    foldl_2(I + 1, E, foldl_1(S - 1, element(I, E), A, Ix, F, D),
            Ix + S, F, D, N, R, S).

%% The values of one leaf, indexes Ix, Ix + 1, ... up to the N-th.


foldl_3(I, E, A, Ix, F, N) when I =< N ->
    foldl_3(I + 1, E, F(Ix, element(I, E), A), Ix + 1, F, N);
foldl_3(_I, _E, A, _Ix, _F, _N) ->
    A.

-file("array.erl", 1654).
sparse_foldl(F, Acc, #array{size = N, elements = E, default = D}) when is_function(F, 3) ->
    fold_up(0, N, E, D, F, Acc, true);
sparse_foldl(_, _, _) -> erlang:error(badarg).

%% foldr/3 as foldl/3: OTP's walk, functions and lines. foldr_2 takes the
%% children of a node from the last, foldr_3 a leaf's values from the
%% last; Ix - I is the index of a leaf's value I.
-file("array.erl", 1731).
foldr(F, A, #array{size = N, elements = E, default = D})
  when is_function(F, 3) ->
    if N > 0 ->
            I = N - 1,
            foldr_1(I, E, I, A, F, D);
       true ->
            A
    end;
foldr(_, _, _) ->
    erlang:error(badarg).

%% A subtree holding indexes up to I (Ix the last index of the whole walk).

foldr_1(I, E, Ix, A, F, D) when ?IS_NODE(E) -> S = element(?LEAF + 1, E),
    foldr_2(I div S + 1, E, Ix, A, F, D, I rem S, S - 1);
foldr_1(I, E, Ix, A, F, D) when is_integer(E) ->
    foldr_1(I, unfold(E, D), Ix, A, F, D);
foldr_1(I, E, Ix, A, F, _D) ->
    I1 = I + 1,
    foldr_3(I1, E, Ix - I1, A, F).

foldr_2(0, _E, _Ix, A, _F, _D, _R, _R0) ->
    A;
foldr_2(I, E, Ix, A, F, D, R, R0) ->
    foldr_2(I - 1, E, Ix - R - 1,
            foldr_1(R, element(I, E), Ix, A, F, D),
            F, D, R0, R0).

%% The values of one leaf, from the I-th down to the first.


foldr_3(0, _E, _Ix, A, _F) ->
    A;
foldr_3(I, E, Ix, A, F) ->
    foldr_3(I - 1, E, Ix, F(Ix + I, element(I, E), A), F).

-file("array.erl", 1809).
sparse_foldr(F, Acc, #array{size = N, elements = E, default = D}) when is_function(F, 3) ->
    fold_down(N - 1, E, D, F, Acc, true);
sparse_foldr(_, _, _) -> erlang:error(badarg).

%% Sparse folds skip values that match (=:=) the default.
fold_up(N, N, _E, _D, _F, Acc, _Sparse) -> Acc;
fold_up(I, N, E, D, F, Acc, Sparse) ->
    fold_up(I + 1, N, E, D, F, visit(I, get_1(I, E, D), D, F, Acc, Sparse), Sparse).

fold_down(-1, _E, _D, _F, Acc, _Sparse) -> Acc;
fold_down(I, E, D, F, Acc, Sparse) ->
    fold_down(I - 1, E, D, F, visit(I, get_1(I, E, D), D, F, Acc, Sparse), Sparse).

visit(_I, D, D, _F, Acc, true) -> Acc;
visit(I, V, _D, F, Acc, _Sparse) -> F(I, V, Acc).
