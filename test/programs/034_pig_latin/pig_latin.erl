-module(pig_latin).
-export([translate/1]).

translate(Phrase) -> string:join([word(W) || W <- string:tokens(Phrase, " ")], " ").

word([$x, $r | _] = W) -> W ++ "ay";
word([$y, $t | _] = W) -> W ++ "ay";
word([C | _] = W) ->
    case is_vowel(C) of
        true -> W ++ "ay";
        false -> consonant(W, [])
    end.

consonant([$q, $u | T], Acc) -> T ++ lists:reverse(Acc, "qu") ++ "ay";
consonant([$y | T], Acc) when Acc =/= [] -> [$y | T] ++ lists:reverse(Acc) ++ "ay";
consonant([C | T] = W, Acc) ->
    case is_vowel(C) of
        true -> W ++ lists:reverse(Acc) ++ "ay";
        false -> consonant(T, [C | Acc])
    end;
consonant([], Acc) -> lists:reverse(Acc) ++ "ay".

is_vowel(C) -> lists:member(C, "aeiou").
