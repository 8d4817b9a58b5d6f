-module(array_folds).
-export([main/0]).

%% array:foldl/3 and foldr/3 walk the tree in OTP's functions: values,
%% indexes and order on arrays of many shapes (empty, sparse, fixed, grown
%% far, shrunk by resize, relaxed), and the frames of a fun that fails.
main() ->
    folds(foldl),
    folds(foldr).

folds(Fold) ->
    io:format("~w~n", [Fold]),
    Sum = fun(I, V, Acc) -> [{I, V} | Acc] end,
    Arrays = [array:new(), array:new(3), array:from_list([a, b, c]),
              array:set(1234, x, array:new()), array:set(5, y, array:new(12, {default, d})),
              array:resize(7, array:from_list(lists:seq(1, 150))),
              array:relax(array:fix(array:from_list(lists:seq(1, 30)))),
              array:resize(250, array:from_list(lists:seq(1, 99))),
              array:from_list(lists:seq(1, 1000))],
    [io:format("~w~n", [begin L = array:Fold(Sum, [], A), {length(L), lists:sublist(L, 12)} end]) || A <- Arrays],
    Big = array:from_list(lists:seq(1, 12345)),
    io:format("~w~n", [array:Fold(fun(_, V, Acc) -> Acc + V end, 0, Big)]),
    io:format("~w~n", [array:Fold(fun(_, V, Acc) -> (Acc * 31 + V) rem 1000003 end, 0, Big)]),
    Boom = fun(I, _, _) when I =:= 57 -> erlang:error(boom); (_, _, Acc) -> Acc end,
    io:format("~p~n", [catch_it(fun() -> array:Fold(Boom, 0, array:from_list(lists:seq(1, 300))) end)]),
    io:format("~p~n", [catch_it(fun() -> array:Fold(Boom, 0, array:from_list(lists:seq(1, 30))) end)]),
    io:format("~p~n", [catch_it(fun() -> array:Fold(nofun, 0, array:new()) end)]),
    io:format("~p~n", [catch_it(fun() -> array:Fold(Sum, 0, {array, 5, 10, d, {a, b}}) end)]),
    ok.

catch_it(F) ->
    try F() catch C:R:St -> {C, R, [Fr || {M, _, _, _} = Fr <- St, M =:= array]} end.
