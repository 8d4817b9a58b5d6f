-module(anagram).
-export([find_anagrams/2]).

find_anagrams(Subject, Candidates) ->
    S = string:to_lower(Subject),
    Key = lists:sort(S),
    [C || C <- Candidates,
          string:to_lower(C) =/= S,
          lists:sort(string:to_lower(C)) =:= Key].
