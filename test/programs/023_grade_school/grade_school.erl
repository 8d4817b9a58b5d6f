-module(grade_school).
-export([new/0, add/3, get/2, get/1]).

new() -> [].

add(Name, Grade, School) ->
    case lists:keymember(Name, 1, School) of
        true -> School;
        false -> [{Name, Grade} | School]
    end.

get(Grade, School) -> lists:sort([N || {N, G} <- School, G =:= Grade]).

get(School) -> [N || {N, _} <- lists:sort(fun({N1, G1}, {N2, G2}) -> {G1, N1} =< {G2, N2} end, School)].
