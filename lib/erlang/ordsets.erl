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

-file("ordsets.erl", 37).
new() -> [].

-file("ordsets.erl", 45).
is_set([X | Xs]) -> is_set(Xs, X);
is_set([]) -> true;
is_set(_) -> false.

-file("ordsets.erl", 49).
is_set([X | Xs], Prev) when Prev < X -> is_set(Xs, X);
is_set([_ | _], _Prev) -> false;
is_set([], _Prev) -> true.

-file("ordsets.erl", 60).
size(S) -> length(S).

-file("ordsets.erl", 67).
is_empty(S) -> S =:= [].

-file("ordsets.erl", 76).
to_list(S) -> S.

-file("ordsets.erl", 85).
from_list(L) -> lists:usort(L).

-file("ordsets.erl", 95).
is_element(E, [H | T]) when E > H -> is_element(E, T);
is_element(E, [H | _]) when E < H -> false;
is_element(_E, [_ | _]) -> true;
is_element(_E, []) -> false.

-file("ordsets.erl", 110).
add_element(E, [H | T]) when E > H -> [H | add_element(E, T)];
add_element(E, [H | _] = S) when E < H -> [E | S];
add_element(_E, [_ | _] = S) -> S;
add_element(E, []) -> [E].

-file("ordsets.erl", 123).
del_element(E, [H | T]) when E > H -> [H | del_element(E, T)];
del_element(E, [H | _] = S) when E < H -> S;
del_element(_E, [_ | T]) -> T;
del_element(_E, []) -> [].

-file("ordsets.erl", 136).
union([A | As], [B | _] = Bs) when A < B -> [A | union(As, Bs)];
union([A | _] = As, [B | Bs]) when A > B -> [B | union(Bs, As)];
union([A | As], [_ | Bs]) -> [A | union(As, Bs)];
union([], Bs) -> Bs;
union(As, []) -> As.

-file("ordsets.erl", 152).
union(Sets) -> lists:umerge(Sets).

-file("ordsets.erl", 163).
intersection([A | As], [B | _] = Bs) when A < B -> intersection(As, Bs);
intersection([A | _] = As, [B | Bs]) when A > B -> intersection(Bs, As);
intersection([A | As], [_ | Bs]) -> [A | intersection(As, Bs)];
intersection([], _) -> [];
intersection(_, []) -> [].

-file("ordsets.erl", 181).
intersection([S1, S2 | Ss]) -> intersect_all(intersection(S1, S2), Ss);
intersection([S]) -> S.

intersect_all(Acc, [S | Ss]) -> intersect_all(intersection(Acc, S), Ss);
intersect_all(Acc, []) -> Acc.

-file("ordsets.erl", 196).
is_disjoint([A | As], [B | _] = Bs) when A < B -> is_disjoint(As, Bs);
is_disjoint([A | _] = As, [B | Bs]) when A > B -> is_disjoint(Bs, As);
is_disjoint([_ | _], [_ | _]) -> false;
is_disjoint([], _) -> true;
is_disjoint(_, []) -> true.

-file("ordsets.erl", 216).
subtract([A | As], [B | _] = Bs) when A < B -> [A | subtract(As, Bs)];
subtract([A | _] = As, [B | Bs]) when A > B -> subtract(As, Bs);
subtract([_ | As], [_ | Bs]) -> subtract(As, Bs);
subtract([], _) -> [];
subtract(As, []) -> As.

-file("ordsets.erl", 233).
is_subset([A | _], [B | _]) when A < B -> false;
is_subset([A | _] = As, [B | Bs]) when A > B -> is_subset(As, Bs);
is_subset([_ | As], [_ | Bs]) -> is_subset(As, Bs);
is_subset([], _) -> true;
is_subset(_, []) -> false.

-file("ordsets.erl", 251).
fold(F, Acc, S) -> lists:foldl(F, Acc, S).

-file("ordsets.erl", 262).
filter(F, S) -> lists:filter(F, S).
