%% The ordsets module: sets as strictly ascending lists (ordered by term
%% order, so 1 and 1.0 count as one element). Written as OTP 25's is shaped:
%% binary operations walk both lists, and when the right-hand head is the
%% smaller the two lists swap places, so which of two equal elements (1 or
%% 1.0) survives matches erl. Bad arguments fail as OTP's do (mostly
%% function_clause; size/1 with erlang:length's badarg).

-module(ordsets).

-export([new/0, is_set/1, size/1, is_empty/1, to_list/1, from_list/1]).
-export([is_element/2, add_element/2, del_element/2]).
-export([union/2, union/1, intersection/2, intersection/1]).
-export([is_disjoint/2, subtract/2, is_subset/2, fold/3, filter/2]).

-compile({no_auto_import, [size/1]}).

new() -> [].

is_set([X | Xs]) -> ascending(Xs, X);
is_set([]) -> true;
is_set(_) -> false.

ascending([X | Xs], Prev) when Prev < X -> ascending(Xs, X);
ascending([_ | _], _Prev) -> false;
ascending([], _Prev) -> true.

size(S) -> length(S).

is_empty(S) -> S =:= [].

to_list(S) -> S.

from_list(L) -> lists:usort(L).

is_element(E, [H | T]) when E > H -> is_element(E, T);
is_element(E, [H | _]) when E < H -> false;
is_element(_E, [_ | _]) -> true;
is_element(_E, []) -> false.

add_element(E, [H | T]) when E > H -> [H | add_element(E, T)];
add_element(E, [H | _] = S) when E < H -> [E | S];
add_element(_E, [_ | _] = S) -> S;
add_element(E, []) -> [E].

del_element(E, [H | T]) when E > H -> [H | del_element(E, T)];
del_element(E, [H | _] = S) when E < H -> S;
del_element(_E, [_ | T]) -> T;
del_element(_E, []) -> [].

union([A | As], [B | _] = Bs) when A < B -> [A | union(As, Bs)];
union([A | _] = As, [B | Bs]) when A > B -> [B | union(Bs, As)];
union([A | As], [_ | Bs]) -> [A | union(As, Bs)];
union([], Bs) -> Bs;
union(As, []) -> As.

union(Sets) -> lists:umerge(Sets).

intersection([A | As], [B | _] = Bs) when A < B -> intersection(As, Bs);
intersection([A | _] = As, [B | Bs]) when A > B -> intersection(Bs, As);
intersection([A | As], [_ | Bs]) -> [A | intersection(As, Bs)];
intersection([], _) -> [];
intersection(_, []) -> [].

intersection([S1, S2 | Ss]) -> intersect_all(intersection(S1, S2), Ss);
intersection([S]) -> S.

intersect_all(Acc, [S | Ss]) -> intersect_all(intersection(Acc, S), Ss);
intersect_all(Acc, []) -> Acc.

is_disjoint([A | As], [B | _] = Bs) when A < B -> is_disjoint(As, Bs);
is_disjoint([A | _] = As, [B | Bs]) when A > B -> is_disjoint(Bs, As);
is_disjoint([_ | _], [_ | _]) -> false;
is_disjoint([], _) -> true;
is_disjoint(_, []) -> true.

subtract([A | As], [B | _] = Bs) when A < B -> [A | subtract(As, Bs)];
subtract([A | _] = As, [B | Bs]) when A > B -> subtract(As, Bs);
subtract([_ | As], [_ | Bs]) -> subtract(As, Bs);
subtract([], _) -> [];
subtract(As, []) -> As.

is_subset([A | _], [B | _]) when A < B -> false;
is_subset([A | _] = As, [B | Bs]) when A > B -> is_subset(As, Bs);
is_subset([_ | As], [_ | Bs]) -> is_subset(As, Bs);
is_subset([], _) -> true;
is_subset(_, []) -> false.

fold(F, Acc, S) -> lists:foldl(F, Acc, S).

filter(F, S) -> lists:filter(F, S).
