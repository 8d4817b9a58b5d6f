-module(pascals_triangle).
-export([rows/1]).

rows(0) -> [];
rows(N) -> lists:reverse(lists:foldl(fun(_, [Prev | _] = Acc) -> [next(Prev) | Acc] end, [[1]], lists:seq(2, N))).

next(Row) -> lists:zipwith(fun(A, B) -> A + B end, [0 | Row], Row ++ [0]).
