-module(sets_is_element).
-export([main/0]).

%% sets:is_element/2 has a native fast path in erlts (src/bifs/sets.ts):
%% sets of both versions, grown and shrunk, elements of every kind,
%% and the inputs where it must leave the answer or the error to sets.erl.
main() ->
    Es = [0, 1, -1, 1 bsl 70, a, "abc", <<"abc">>, {1, 2}, {a, [b]}, 1.0, [], {}, #{k => v}],
    Small = sets:from_list(Es),
    Big = sets:from_list([{X, X * X} || X <- lists:seq(1, 700)] ++ Es),
    Shrunk = lists:foldl(fun sets:del_element/2, Big, [{X, X * X} || X <- lists:seq(1, 650)]),
    V2 = sets:from_list(Es, [{version, 2}]),
    Probe = Es ++ [2, b, "abd", {2, 1}, 1.5, {1, 1}, {700, 490000}, {651, 423801}, {650, 422500}],
    [io:format("~w~n", [[sets:is_element(E, S) || E <- Probe]]) || S <- [sets:new(), Small, Big, Shrunk, V2]],
    io:format("~w~n", [[sets:is_element(1, S) || S <- [Small, V2]] =:= [sets:is_element(1.0, S) || S <- [Small, V2]]]),
    %% Odd records and bad arguments.
    Odd = setelement(9, Small, {}),
    [io:format("~w~n", [catch_it(fun() -> sets:is_element(E, S) end)])
     || {E, S} <- [{a, nope}, {a, {set}}, {a, Odd}, {a, setelement(4, Small, 0)},
                   {a, setelement(3, Small, x)}, {a, [1, 2]}]],
    ok.

catch_it(F) ->
    try F() catch C:R:St -> {C, R, [{M, Fn, A} || {M, Fn, A, _} <- St, M =:= sets]} end.
