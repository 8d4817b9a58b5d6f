-module(parallel_letter_frequency).
-export([dict/1]).

%% Counts letters of each text in its own process, then merges the counts.
dict(Texts) ->
    Self = self(),
    Pids = [spawn(fun() -> Self ! {self(), count(T)} end) || T <- Texts],
    Counts = [receive {P, C} -> C end || P <- Pids],
    lists:foldl(fun(C, Acc) -> dict:merge(fun(_, A, B) -> A + B end, C, Acc) end, dict:new(), Counts).

count(Text) ->
    lists:foldl(fun(Ch, D) -> dict:update_counter(Ch, 1, D) end, dict:new(),
                [C || C <- string:to_lower(Text), C >= $a, C =< $z]).
