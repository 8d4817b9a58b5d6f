-module(acronym).
-export([abbreviate/1]).

abbreviate(Phrase) ->
    Words = string:lexemes(Phrase, " -_"),
    [string:to_upper(hd(W)) || W <- Words, W =/= []].
