-module(list_ops).
-export([append/2, concat/1, filter/2, length/1, map/2, foldl/3, foldr/3, reverse/1]).
-compile({no_auto_import, [length/1]}).

append([], B) -> B;
append([H | T], B) -> [H | append(T, B)].

concat(Ls) -> foldr(fun append/2, [], Ls).

filter(F, L) -> foldr(fun(X, Acc) -> case F(X) of true -> [X | Acc]; false -> Acc end end, [], L).

length(L) -> foldl(fun(_, N) -> N + 1 end, 0, L).

map(F, L) -> foldr(fun(X, Acc) -> [F(X) | Acc] end, [], L).

foldl(_, Acc, []) -> Acc;
foldl(F, Acc, [H | T]) -> foldl(F, F(H, Acc), T).

foldr(F, Acc, L) -> foldl(F, Acc, reverse(L)).

reverse(L) -> foldl(fun(X, Acc) -> [X | Acc] end, [], L).
