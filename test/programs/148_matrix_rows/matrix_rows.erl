-module(matrix_rows).
-export([row/2, column/2]).

parse(S) -> [[list_to_integer(N) || N <- string:lexemes(Line, " ")] || Line <- string:split(S, "\n", all)].

row(S, I) -> lists:nth(I, parse(S)).
column(S, I) -> [lists:nth(I, R) || R <- parse(S)].
