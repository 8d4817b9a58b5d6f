-module(scrabble_score).
-export([score/1]).

score(Word) -> lists:sum([letter(C) || C <- string:to_upper(Word)]).

letter(C) ->
    Table = [{"AEIOULNRST", 1}, {"DG", 2}, {"BCMP", 3}, {"FHVWY", 4}, {"K", 5}, {"JX", 8}, {"QZ", 10}],
    hd([V || {Letters, V} <- Table, lists:member(C, Letters)] ++ [0]).
