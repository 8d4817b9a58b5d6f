-module(pangram).
-export([is_pangram/1]).

is_pangram(S) ->
    Lower = string:lowercase(S),
    lists:all(fun(C) -> lists:member(C, Lower) end, lists:seq($a, $z)).
