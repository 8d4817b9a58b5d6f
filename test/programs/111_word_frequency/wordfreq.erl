-module(wordfreq).
-export([main/0]).

text() ->
    "It was the best of times, it was the worst of times, it was the age of wisdom, "
    "it was the age of foolishness, it was the epoch of belief, it was the epoch of incredulity".

main() ->
    Words = string:lexemes(string:lowercase(text()), " ,"),
    Freq = lists:foldl(fun(W, D) -> dict:update_counter(W, 1, D) end, dict:new(), Words),
    Sorted = lists:sort(fun({W1, C1}, {W2, C2}) -> {C2, W1} =< {C1, W2} end, dict:to_list(Freq)),
    [io:format("~-12s ~w~n", [W, C]) || {W, C} <- lists:sublist(Sorted, 6)],
    io:format("distinct: ~w, total: ~w~n", [dict:size(Freq), length(Words)]).
