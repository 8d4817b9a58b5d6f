-module(array_fast_paths).
-export([main/0]).

%% array:get/2 and array:set/3 have native fast paths in erlts
%% (src/bifs/array.ts); these are the inputs where the fast path must give
%% the Erlang code's answer, or step aside so that its error and stack
%% trace come out: past the size, at the capacity, growing, fixed arrays,
%% odd indexes, records that are not arrays and odd trees.
main() ->
    E = array:new(),
    F = array:new(25, [{default, z}, fixed]),
    G = lists:foldl(fun(I, A) -> array:set(I, I * I, A) end, E, lists:seq(0, 130)),
    p({array:get(0, G), array:get(99, G), array:get(130, G), array:get(131, G), array:get(99999, G)}),
    p({array:get(0, E), array:get(9, E), array:get(10, E), array:get(7, F), array:get(24, F)}),
    p(array:set(9, nine, E)),
    p(array:set(10, ten, E)),
    p(array:set(99, x, array:set(10, ten, E))),
    p(array:set(100, x, array:set(99, x, array:set(10, ten, E)))),
    p(array:set(24, last, F)),
    p(array:set(3, {tuple, 1}, array:new(4, {default, []}))),
    p(array:set(130, again, G) =:= array:set(130, again, G)),
    p(array:size(array:set(1000, far, G))),
    p(array:get(555, array:set(1000, far, G))),
    S = array:set(5, five, array:new(12)),
    p({S, array:get(5, S), array:get(11, S), array:get(6, S)}),
    %% Odd but well-typed trees the Erlang code still walks.
    Odd = {array, 3, 10, d, {a, b, c}},
    p({array:get(0, Odd), array:get(2, Odd), array:set(1, x, Odd)}),
    Int = {array, 5, 10, d, 10},
    p({array:get(4, Int), array:set(4, v, Int)}),
    Big = {array, 5, 10, d, 100000000000000000000},
    p(array:get(2, Big)),
    p(catch_it(fun() -> array:set(2, v, Big) end)),
    %% Errors: each with the frames erl shows.
    p(catch_it(fun() -> array:get(25, F) end)),
    p(catch_it(fun() -> array:set(25, x, F) end)),
    p(catch_it(fun() -> array:get(-1, G) end)),
    p(catch_it(fun() -> array:get(1.0, G) end)),
    p(catch_it(fun() -> array:get(100000000000000000000, G) end)),
    p(catch_it(fun() -> array:set(-1, x, G) end)),
    p(catch_it(fun() -> array:set(a, x, G) end)),
    p(catch_it(fun() -> array:get(0, {array, 1, 10, d}) end)),
    p(catch_it(fun() -> array:get(0, {arrays, 1, 10, d, 10}) end)),
    p(catch_it(fun() -> array:set(0, x, nope) end)),
    p(catch_it(fun() -> array:get(a, nope) end)),
    p(catch_it(fun() -> array:get(5, {array, 6, 10, d, {a, b}}) end)),
    p(catch_it(fun() -> array:set(5, x, {array, 6, 10, d, {a, b}}) end)),
    p(catch_it(fun() -> array:get(0, {array, 1, 10, d, foo}) end)),
    p(catch_it(fun() -> array:set(0, x, {array, 1, 10, d, foo}) end)),
    p(catch_it(fun() -> array:get(0, {array, 1, 10, d, {1,2,3,4,5,6,7,8,9,10,0}}) end)),
    p(catch_it(fun() -> array:get(0, {array, x, 10, d, 10}) end)),
    p(catch_it(fun() -> array:set(0, v, {array, x, y, d, 10}) end)),
    p(catch_it(fun() -> array:set(20, v, {array, 1, 0, d, 10}) end)),
    ok.

p(X) -> io:format("~p~n", [X]).

catch_it(F) ->
    try F() catch C:R:St -> {C, R, [Fr || {M, _, _, _} = Fr <- St, M =:= array]} end.
