%% The gb_sets module: OTP 25's general balanced trees holding elements only,
%% as {Size, Node} with Node = nil | {Element, Smaller, Bigger}. Insertion
%% rebalances where OTP's does and the set operations pick OTP's strategy
%% (merging sorted lists, or looking elements up in the bigger tree) by the
%% same size rule, so results print as in erl, including which of two equal
%% elements (1 and 1.0) a union keeps.

-module(gb_sets).

%% Whether to look the smaller set's elements up in the tree rather than
%% merge the two lists. A macro: OTP computes it in union/4, intersection/4
%% and difference/4 themselves, so a bad size fails in math:log/1 there.
-define(USE_TREE(N1, N2), (N2 >= 10 andalso N2 >= N1 * round(1.46 * math:log(N2)))).
-export([empty/0, new/0, is_empty/1, size/1, singleton/1, is_member/2,
         is_element/2, insert/2, add/2, add_element/2, delete/2, delete_any/2,
         del_element/2, balance/1, union/1, union/2, intersection/1,
         intersection/2, is_disjoint/2, difference/2, subtract/2, is_subset/2,
         to_list/1, from_list/1, from_ordset/1, smallest/1, largest/1,
         take_smallest/1, take_largest/1, iterator/1, iterator_from/2,
         next/1, filter/2, fold/3, is_set/1]).

-file("gb_sets.erl", 209).
empty() -> {0, nil}.

-file("gb_sets.erl", 215).
new() -> empty().

-file("gb_sets.erl", 220).
is_empty({0, nil}) -> true;
is_empty(_) -> false.

-file("gb_sets.erl", 228).
size({Size, _}) -> Size.

-file("gb_sets.erl", 233).
singleton(X) -> {1, {X, nil, nil}}.

-file("gb_sets.erl", 239).
is_element(X, S) -> is_member(X, S).

-file("gb_sets.erl", 245).
is_member(X, {_, T}) -> is_member_1(X, T).

-file("gb_sets.erl", 248).
is_member_1(X, {K, Smaller, _}) when X < K -> is_member_1(X, Smaller);
is_member_1(X, {K, _, Bigger}) when X > K -> is_member_1(X, Bigger);
is_member_1(_, {_, _, _}) -> true;
is_member_1(_, nil) -> false.

-file("gb_sets.erl", 261).
insert(X, {S, T}) ->
    S1 = S + 1,
    {S1, insert_1(X, T, S1 * S1)}.

%% As gb_trees: a plain node, or {Node, HeightBound, Size} when the
%% insertion may have made the path too deep.
-file("gb_sets.erl", 265).
insert_1(X, {K, Smaller, Bigger}, S) when X < K ->
    case insert_1(X, Smaller, S bsr 1) of
        {T1, H1, S1} when is_integer(H1) -> rebuild({K, T1, Bigger}, H1, S1, Bigger);
        T1 -> {K, T1, Bigger}
    end;
insert_1(X, {K, Smaller, Bigger}, S) when X > K ->
    case insert_1(X, Bigger, S bsr 1) of
        {T1, H1, S1} when is_integer(H1) -> rebuild({K, Smaller, T1}, H1, S1, Smaller);
        T1 -> {K, Smaller, T1}
    end;
insert_1(X, nil, 0) -> {{X, nil, nil}, 1, 1};
insert_1(X, nil, _) -> {X, nil, nil};
insert_1(X, _, _) -> erlang:error({key_exists, X}).

rebuild(T, H1, S1, Other) ->
    {H2, S2} = count(Other),
    H = 2 * max(H1, H2),
    SS = S1 + S2 + 1,
    case H > SS * SS of
        true -> balance(T, SS);
        false -> {T, H, SS}
    end.

-file("gb_sets.erl", 306).
count({_, nil, nil}) -> {1, 1};
count({_, Sm, Bi}) ->
    {H1, S1} = count(Sm),
    {H2, S2} = count(Bi),
    {2 * max(H1, H2), S1 + S2 + 1};
count(nil) -> {1, 0}.

-file("gb_sets.erl", 319).
balance({S, T}) -> {S, balance(T, S)}.

-file("gb_sets.erl", 322).
balance(T, S) -> build_tree(to_list(T, []), S).

build_tree(L, S) ->
    {T, _} = build(L, S),
    T.

build(L, S) when S > 1 ->
    Rest = S - 1,
    S2 = Rest div 2,
    {T1, [X | L1]} = build(L, Rest - S2),
    {T2, L2} = build(L1, S2),
    {{X, T1, T2}, L2};
build([X | L], 1) -> {{X, nil, nil}, L};
build(L, 0) -> {nil, L}.

%% The same tree from a descending list.
build_rev(L, S) ->
    {T, _} = build_r(L, S),
    T.

build_r(L, S) when S > 1 ->
    Rest = S - 1,
    S2 = Rest div 2,
    {T2, [X | L1]} = build_r(L, Rest - S2),
    {T1, L2} = build_r(L1, S2),
    {{X, T1, T2}, L2};
build_r([X | L], 1) -> {{X, nil, nil}, L};
build_r(L, 0) -> {nil, L}.

-file("gb_sets.erl", 346).
add_element(X, S) -> add(X, S).

-file("gb_sets.erl", 353).
add(X, S) ->
    case is_member(X, S) of
        true -> S;
        false -> insert(X, S)
    end.

-file("gb_sets.erl", 365).
from_list(L) -> from_ordset(lists:usort(L)).

-file("gb_sets.erl", 372).
from_ordset(L) ->
    S = length(L),
    {S, build_tree(L, S)}.

-file("gb_sets.erl", 380).
del_element(X, S) -> delete_any(X, S).

-file("gb_sets.erl", 387).
delete_any(X, S) ->
    case is_member(X, S) of
        true -> delete(X, S);
        false -> S
    end.

-file("gb_sets.erl", 399).
delete(X, {S, T}) -> {S - 1, delete_1(X, T)}.

-file("gb_sets.erl", 402).
delete_1(X, {K, Smaller, Bigger}) when X < K -> {K, delete_1(X, Smaller), Bigger};
delete_1(X, {K, Smaller, Bigger}) when X > K -> {K, Smaller, delete_1(X, Bigger)};
delete_1(_, {_, Smaller, Bigger}) -> join(Smaller, Bigger).

join(Smaller, nil) -> Smaller;
join(nil, Bigger) -> Bigger;
join(Smaller, Bigger) ->
    {X, Bigger1} = take_smallest1(Bigger),
    {X, Smaller, Bigger1}.

-file("gb_sets.erl", 423).
take_smallest({S, T}) ->
    {X, T1} = take_smallest1(T),
    {X, {S - 1, T1}}.

-file("gb_sets.erl", 427).
take_smallest1({X, nil, Bigger}) -> {X, Bigger};
take_smallest1({X, Smaller, Bigger}) ->
    {X1, Smaller1} = take_smallest1(Smaller),
    {X1, {X, Smaller1, Bigger}}.

-file("gb_sets.erl", 448).
take_largest({S, T}) ->
    {X, T1} = take_largest1(T),
    {X, {S - 1, T1}}.

-file("gb_sets.erl", 452).
take_largest1({X, Smaller, nil}) -> {X, Smaller};
take_largest1({X, Smaller, Bigger}) ->
    {X1, Bigger1} = take_largest1(Bigger),
    {X1, {X, Smaller, Bigger1}}.

-file("gb_sets.erl", 436).
smallest({_, T}) -> smallest_1(T).

-file("gb_sets.erl", 439).
smallest_1({X, nil, _}) -> X;
smallest_1({_, Smaller, _}) -> smallest_1(Smaller).

-file("gb_sets.erl", 461).
largest({_, T}) -> largest_1(T).

-file("gb_sets.erl", 464).
largest_1({X, _, nil}) -> X;
largest_1({_, _, Bigger}) -> largest_1(Bigger).

-file("gb_sets.erl", 473).
to_list({_, T}) -> to_list(T, []).

-file("gb_sets.erl", 478).
to_list({X, Smaller, Bigger}, L) -> to_list(Smaller, [X | to_list(Bigger, L)]);
to_list(nil, L) -> L.

-file("gb_sets.erl", 486).
iterator({_, T}) -> push_left(T, []).

push_left({_, nil, _} = T, As) -> [T | As];
push_left({_, L, _} = T, As) -> push_left(L, [T | As]);
push_left(nil, As) -> As.

-file("gb_sets.erl", 503).
iterator_from(X, {_, T}) -> iterator_from(X, T, []).

-file("gb_sets.erl", 506).
iterator_from(X, {K, _, Bigger}, As) when K < X -> iterator_from(X, Bigger, As);
iterator_from(_, {_, nil, _} = T, As) -> [T | As];
iterator_from(X, {_, L, _} = T, As) -> iterator_from(X, L, [T | As]);
iterator_from(_, nil, As) -> As.

-file("gb_sets.erl", 519).
next([{X, _, Bigger} | As]) -> {X, push_left(Bigger, As)};
next([]) -> none.

%% ---- set operations ---------------------------------------------------------
%% Each walks the sorted list of one set against the other set, merging
%% with the other's sorted list unless that set is so much bigger that
%% looking the elements up in its tree is cheaper: the tree is used when
%% N2 >= 10 and N2 >= N1 * round(1.46 * ln N2).



-file("gb_sets.erl", 552).
union({N1, T1}, {N2, T2}) when N2 < N1 -> union(to_list(T2, []), N2, T1, N1);
union({N1, T1}, {N2, T2}) -> union(to_list(T1, []), N1, T2, N2).

-file("gb_sets.erl", 561).
union(L, N1, T2, N2) ->
    case ?USE_TREE(N1, N2) of
        true -> lists:foldl(fun add/2, {N2, T2}, L);
        false -> merge(L, to_list(T2, []), [], N1 + N2)
    end.

%% The list holding the smaller head goes first; on a tie the first list's
%% element is kept.
merge([X | Xs], [Y | _] = Ys, As, S) when X < Y -> merge(Xs, Ys, [X | As], S);
merge([X | _] = Xs, [Y | Ys], As, S) when X > Y -> merge(Ys, Xs, [Y | As], S);
merge([X | Xs], [_ | Ys], As, S) -> merge(Xs, Ys, [X | As], S - 1);
merge([], Ys, As, S) -> {S, build_rev(lists:reverse(Ys, As), S)};
merge(Xs, [], As, S) -> {S, build_rev(lists:reverse(Xs, As), S)}.

-file("gb_sets.erl", 656).
union([S | Ss]) -> union_list(S, Ss);
union([]) -> empty().

-file("gb_sets.erl", 660).
union_list(S, [S1 | Ss]) -> union_list(union(S, S1), Ss);
union_list(S, []) -> S.

-file("gb_sets.erl", 672).
intersection({N1, T1}, {N2, T2}) when N2 < N1 -> intersection(to_list(T2, []), N2, T1, N1);
intersection({N1, T1}, {N2, T2}) -> intersection(to_list(T1, []), N1, T2, N2).

-file("gb_sets.erl", 677).
intersection(L, N1, T2, N2) ->
    case ?USE_TREE(N1, N2) of
        true ->
            Kept = lists:foldl(fun(X, As) ->
                                       case is_member_1(X, T2) of
                                           true -> [X | As];
                                           false -> As
                                       end
                               end, [], L),
            N = length(Kept),
            {N, build_rev(Kept, N)};
        false -> common(L, to_list(T2, []), [], 0)
    end.

common([X | Xs], [Y | _] = Ys, As, S) when X < Y -> common(Xs, Ys, As, S);
common([X | _] = Xs, [Y | Ys], As, S) when X > Y -> common(Ys, Xs, As, S);
common([X | Xs], [_ | Ys], As, S) -> common(Xs, Ys, [X | As], S + 1);
common([], _, As, S) -> {S, build_rev(As, S)};
common(_, [], As, S) -> {S, build_rev(As, S)}.

-file("gb_sets.erl", 722).
intersection([S | Ss]) -> intersection_list(S, Ss).

-file("gb_sets.erl", 725).
intersection_list(S, [S1 | Ss]) -> intersection_list(intersection(S, S1), Ss);
intersection_list(S, []) -> S.

-file("gb_sets.erl", 733).
is_disjoint({N1, T1}, {N2, T2}) when N1 < N2 -> disjoint(T1, T2);
is_disjoint({_, T1}, {_, T2}) -> disjoint(T2, T1).

disjoint({K1, Smaller1, Bigger1}, {K2, Smaller2, _} = T) when K1 < K2 ->
    not is_member_1(K1, Smaller2) andalso disjoint(Smaller1, Smaller2)
        andalso disjoint(Bigger1, T);
disjoint({K1, Smaller1, Bigger1}, {K2, _, Bigger2} = T) when K1 > K2 ->
    not is_member_1(K1, Bigger2) andalso disjoint(Bigger1, Bigger2)
        andalso disjoint(Smaller1, T);
disjoint({_, _, _}, {_, _, _}) -> false;
disjoint(nil, _) -> true;
disjoint(_, nil) -> true.

-file("gb_sets.erl", 764).
subtract(S1, S2) -> difference(S1, S2).

-file("gb_sets.erl", 772).
difference({N1, T1}, {N2, T2}) ->
    L = to_list(T1, []),
    case ?USE_TREE(N1, N2) of
        true ->
            Kept = lists:foldl(fun(X, As) ->
                                       case is_member_1(X, T2) of
                                           true -> As;
                                           false -> [X | As]
                                       end
                               end, [], L),
            N = length(Kept),
            {N, build_rev(Kept, N)};
        false -> minus(L, to_list(T2, []), [], N1)
    end.

minus([X | Xs], [Y | _] = Ys, As, S) when X < Y -> minus(Xs, Ys, [X | As], S);
minus([X | _] = Xs, [Y | Ys], As, S) when X > Y -> minus(Xs, Ys, As, S);
minus([_ | Xs], [_ | Ys], As, S) -> minus(Xs, Ys, As, S - 1);
minus([], _, As, S) -> {S, build_rev(As, S)};
minus(Xs, [], As, S) -> {S, build_rev(lists:reverse(Xs, As), S)}.

-file("gb_sets.erl", 822).
is_subset({N1, T1}, {N2, T2}) ->
    L = to_list(T1, []),
    case ?USE_TREE(N1, N2) of
        true -> lists:all(fun(X) -> is_member_1(X, T2) end, L);
        false -> subset(L, to_list(T2, []))
    end.

subset([X | _], [Y | _]) when X < Y -> false;
subset([X | _] = Xs, [Y | Ys]) when X > Y -> subset(Xs, Ys);
subset([_ | Xs], [_ | Ys]) -> subset(Xs, Ys);
subset([], _) -> true;
subset(_, []) -> false.

-file("gb_sets.erl", 864).
is_set({0, nil}) -> true;
is_set({N, {_, _, _}}) when is_integer(N), N >= 0 -> true;
is_set(_) -> false.

-file("gb_sets.erl", 873).
filter(F, S) when is_function(F, 1) -> from_ordset([X || X <- to_list(S), F(X)]).

-file("gb_sets.erl", 884).
fold(F, Acc, {_, T}) when is_function(F, 2) -> fold_1(F, Acc, T).

-file("gb_sets.erl", 887).
fold_1(F, Acc, {X, Smaller, Bigger}) -> fold_1(F, F(X, fold_1(F, Acc, Smaller)), Bigger);
fold_1(_, Acc, _) -> Acc.
