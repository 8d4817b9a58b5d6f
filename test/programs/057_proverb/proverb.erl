-module(proverb).
-export([recite/1]).

recite([]) -> "";
recite([First | _] = Items) ->
    Pairs = lists:zip(lists:droplast(Items), tl(Items)),
    Lines = [io_lib:format("For want of a ~s the ~s was lost.~n", [A, B]) || {A, B} <- Pairs],
    lists:flatten([Lines, io_lib:format("And all for the want of a ~s.~n", [First])]).
