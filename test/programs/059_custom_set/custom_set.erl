-module(custom_set).
-export([from_list/1, to_list/1, add/2, contains/2, difference/2, disjoint/2, empty/1,
         equal/2, intersection/2, subset/2, union/2]).

%% A set is a sorted list without duplicates.
from_list(L) -> {set, lists:usort(L)}.
to_list({set, L}) -> L.
add(X, {set, L}) -> {set, lists:umerge([X], L)}.
contains(X, {set, L}) -> lists:member(X, L).
difference({set, A}, {set, B}) -> {set, A -- B}.
disjoint(A, B) -> empty(intersection(A, B)).
empty({set, L}) -> L =:= [].
equal(A, B) -> A =:= B.
intersection({set, A}, {set, B}) -> {set, [X || X <- A, lists:member(X, B)]}.
subset({set, A}, {set, B}) -> A -- B =:= [].
union({set, A}, {set, B}) -> {set, lists:umerge(A, B)}.
