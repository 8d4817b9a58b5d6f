-module(word_count).
-export([count_words/1]).

count_words(Sentence) ->
    Lower = string:lowercase(Sentence),
    Words = string:lexemes(Lower, " \t\n,.:!&@$%^"),
    Trimmed = [string:trim(W, both, "'") || W <- Words],
    lists:foldl(fun("", Acc) -> Acc;
                   (W, Acc) -> maps:update_with(W, fun(C) -> C + 1 end, 1, Acc)
                end, #{}, Trimmed).
