%% compute_dp_array: longest common subsequence of two sequences of N
%% letters over a four-letter alphabet, by dynamic programming with the
%% `array' module: one array per row of the table, N x N cells, each cell
%% two or three array:get/2 and one array:set/3.
%% run(N) -> {LcsLength, RowChecksum}.
-module(compute_dp_array).
-export([size/1, run/1]).

size(small) -> 150;
size(medium) -> 900.

run(N) ->
    A = array:from_list(letters(N, 7, [])),
    B = letters(N, 1234567, []),
    Row0 = array:new(N + 1, [{default, 0}, fixed]),
    Last = lists:foldl(fun(Bj, Prev) -> row(A, Bj, Prev, N) end, Row0, B),
    {array:get(N, Last), array:foldl(fun(_, V, Acc) -> (Acc * 31 + V) rem 1000000007 end, 0, Last)}.

%% The next row of the table from the previous one, for letter Bj of B.
row(A, Bj, Prev, N) ->
    row(A, Bj, Prev, array:new(N + 1, [{default, 0}, fixed]), 1, N).

row(_A, _Bj, _Prev, Cur, I, N) when I > N -> Cur;
row(A, Bj, Prev, Cur, I, N) ->
    V = case array:get(I - 1, A) of
            Bj -> array:get(I - 1, Prev) + 1;
            _ -> max(array:get(I, Prev), array:get(I - 1, Cur))
        end,
    row(A, Bj, Prev, array:set(I, V, Cur), I + 1, N).

letters(0, _, Acc) -> Acc;
letters(K, X, Acc) ->
    X1 = X * 16807 rem 2147483647,
    letters(K - 1, X1, [element(1 + X1 rem 4, {$a, $c, $g, $t}) | Acc]).
