-module(sets_module).
-export([main/0]).

%% Version-1 sets print as OTP's hash-table record, so the sets themselves
%% are printed (small ones in full, large ones as their header fields and a
%% phash2 of the whole term), after growing, shrinking and filtering.
main() ->
    S0 = sets:new(),
    p(S0),
    p([sets:is_set(S0), sets:size(S0), sets:is_empty(S0), sets:to_list(S0), sets:is_set(#{}),
       sets:is_set([]), sets:is_set({set, 1})]),
    Mixed = [a, 1, -1, 2.5, -0.0, "str", <<"bin">>, <<1:3>>, {t, 1}, [1 | 2], #{k => v},
             1 bsl 70, -(1 bsl 62), 'é', {}, [], fun erlang:abs/1],
    S1 = sets:from_list(Mixed),
    p(S1),
    p(lists:sort(sets:to_list(S1))),
    p([sets:is_element(E, S1) || E <- Mixed ++ [b, 1.0, 2, <<>>]]),
    p(sets:add_element(zz, S1)),
    p(sets:add_element(a, S1) =:= S1),
    p(sets:del_element(a, S1)),
    p(sets:del_element(nope, S1) =:= S1),
    %% growing past the first split points, then shrinking back
    Grown = lists:foldl(fun(N, Acc) -> [sets:add_element(N, hd(Acc)) | Acc] end, [S0], lists:seq(1, 100)),
    [p(S) || S <- lists:sublist(Grown, 1, 3)],
    p([header(S) || S <- Grown]),
    S300 = sets:from_list(lists:seq(1, 300) ++ [{N, x} || N <- lists:seq(1, 300)]),
    p(header(S300)),
    Shrunk = lists:foldl(fun(N, Acc) -> [sets:del_element(N, hd(Acc)) | Acc] end, [S300], lists:seq(1, 300)),
    p([header(S) || S <- lists:sublist(Shrunk, 1, 20)] ++ [header(lists:last(Shrunk))]),
    Small = lists:foldl(fun sets:del_element/2, S300, [{N, x} || N <- lists:seq(1, 300)] ++ lists:seq(1, 290)),
    p(Small),
    p(header(sets:from_list([[X] || X <- lists:seq(1, 1000)]))),
    p(header(sets:from_list([integer_to_list(X) || X <- lists:seq(1, 700)]))),
    p(header(sets:from_list([float(X) / 7 || X <- lists:seq(1, 700)]))),
    %% filter reverses buckets and shrinks at most one slot
    S100 = hd(Grown),
    p(sets:filter(fun(X) -> X rem 3 =:= 0 end, S100)),
    p(sets:filter(fun(X) -> X > 95 end, S100)),
    p(header(sets:filter(fun(X) -> X > 95 end, S100))),
    p(sets:fold(fun(X, Acc) -> [X | Acc] end, [], sets:from_list([c, b, a, 1, 2, 3]))),
    p(sets:to_list(sets:from_list([c, b, a, 1, 2, 3]))),
    %% two sets
    A = sets:from_list([1, 2, 3, 4, a, b]),
    B = sets:from_list([3, 4, 5, b, c]),
    p([sets:union(A, B), sets:union(B, A), sets:intersection(A, B), sets:intersection(B, A),
       sets:subtract(A, B), sets:subtract(B, A)]),
    p([sets:is_disjoint(A, B), sets:is_disjoint(A, sets:from_list([x, y])),
       sets:is_subset(sets:from_list([1, a]), A), sets:is_subset(B, A), sets:is_subset(S0, A)]),
    p([sets:union([]), sets:union([A]), sets:union([A, B, sets:from_list([q])]),
       sets:intersection([A]), sets:intersection([A, B, sets:from_list([b, 4, z])])]),
    p(sets:union(S100, sets:from_list(lists:seq(90, 130)))),
    %% version 2: maps
    V0 = sets:new([{version, 2}]),
    p([V0, sets:new([{version, 1}]) =:= S0, sets:new([]) =:= S0, sets:from_list([a], [{version, 1}]),
       sets:from_list([a, b, a], [{version, 2}]), sets:from_list([c], [{foo, bar}, {version, 2}])]),
    VA = sets:from_list([1, 2, 3, 4, a, b], [{version, 2}]),
    VB = sets:from_list([3, 4, 5, b, c], [{version, 2}]),
    p([VA, sets:size(VA), sets:is_empty(VA), sets:is_empty(V0), sets:is_set(VA), lists:sort(sets:to_list(VA))]),
    p([sets:is_element(a, VA), sets:is_element(z, VA), sets:is_element(1.0, VA),
       sets:add_element(z, VA), sets:del_element(a, VA), sets:del_element(zz, VA)]),
    p([sets:union(VA, VB), sets:intersection(VA, VB), sets:subtract(VA, VB), sets:subtract(VB, VA),
       sets:is_disjoint(VA, VB), sets:is_disjoint(VA, sets:from_list([x], [{version, 2}])),
       sets:is_subset(sets:from_list([a, 1], [{version, 2}]), VA), sets:is_subset(VB, VA),
       sets:union([VA, VB]), sets:intersection([VA, VB, sets:from_list([b, 4, z], [{version, 2}])])]),
    p(sets:filter(fun is_atom/1, VA)),
    p(lists:sort(sets:fold(fun(X, Acc) -> [X | Acc] end, [], VA))),
    Big = sets:from_list(lists:seq(1, 100), [{version, 2}]),
    p([sets:size(sets:intersection(Big, sets:from_list(lists:seq(50, 150), [{version, 2}]))),
       sets:size(sets:subtract(Big, sets:from_list(lists:seq(3, 150), [{version, 2}]))),
       lists:sort(sets:to_list(sets:subtract(Big, sets:from_list(lists:seq(3, 150), [{version, 2}]))))]),
    %% one set of each version
    p([sets:union(A, VB), sets:union(VB, A), sets:intersection(A, VB), sets:subtract(VA, B),
       sets:is_subset(sets:from_list([a]), VA), sets:is_disjoint(A, VB)]),
    %% errors
    p(try_all([
        fun() -> sets:size(x) end,
        fun() -> sets:to_list(x) end,
        fun() -> sets:is_element(1, x) end,
        fun() -> sets:add_element(1, [a]) end,
        fun() -> sets:del_element(1, x) end,
        fun() -> sets:union(x, A) end,
        fun() -> sets:union(x) end,
        fun() -> sets:intersection([]) end,
        fun() -> sets:fold(x, 0, A) end,
        fun() -> sets:filter(fun(_, _) -> true end, A) end,
        fun() -> sets:filter(fun(_) -> maybe end, A) end,
        fun() -> sets:filter(fun(_) -> maybe end, VA) end,
        fun() -> sets:new([{version, 3}]) end,
        fun() -> sets:from_list(x) end,
        fun() -> sets:from_list([a | b]) end,
        fun() -> sets:is_subset(A, x) end])),
    ok.

header(S) -> {element(2, S), element(3, S), element(4, S), element(5, S), element(6, S),
              element(7, S), tuple_size(element(9, S)), erlang:phash2(S)}.

try_all(Funs) ->
    [try F() of V -> {ok, V} catch C:R -> {C, R} end || F <- Funs].

p(X) -> io:format("~p~n", [X]).
