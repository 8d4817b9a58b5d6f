-module(isogram).
-export([is_isogram/1]).

is_isogram(Phrase) ->
    Letters = [C || C <- string:to_lower(Phrase), C >= $a, C =< $z],
    length(Letters) =:= sets:size(sets:from_list(Letters)).
