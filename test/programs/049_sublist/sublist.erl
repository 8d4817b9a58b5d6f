-module(sublist).
-export([relation/2]).

relation(A, A) -> equal;
relation(A, B) ->
    case {is_sub(A, B), is_sub(B, A)} of
        {true, _} -> sublist;
        {_, true} -> superlist;
        _ -> unequal
    end.

is_sub([], _) -> true;
is_sub(_, []) -> false;
is_sub(A, [_ | T] = B) -> lists:prefix(A, B) orelse is_sub(A, T).
