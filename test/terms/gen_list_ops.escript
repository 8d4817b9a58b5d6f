#!/usr/bin/env escript
%% -*- erlang -*-
%% Records A -- B and A ++ B from real erl for random lists whose elements
%% are often == but not =:= (1 and 1.0, 0.0 and -0.0, {1} and {1.0}), drawn
%% with a fixed seed. One JSON line per pair: {"a", "b", "minus", "plus"},
%% terms encoded as test/bifs/oracle.ts reads them.
%%
%%   escript test/terms/gen_list_ops.escript test/terms/data/list_ops.jsonl

main([Out]) ->
    rand:seed(exsss, {2026, 11, 26}),
    Lines = [line(random_list(len()), random_list(len())) || _ <- lists:seq(1, 400)],
    ok = file:write_file(Out, Lines),
    io:format("~s: ~b pairs~n", [Out, length(Lines)]).

len() ->
    case rand:uniform(8) of
        8 -> rand:uniform(80);
        _ -> rand:uniform(10) - 1
    end.

line(A, B) ->
    ["{\"a\":", enc(A), ",\"b\":", enc(B), ",\"minus\":", enc(A -- B), ",\"plus\":", enc(A ++ B), "}\n"].

random_list(N) -> [element() || _ <- lists:seq(1, N)].

element() ->
    K = rand:uniform(3) - 1,
    case rand:uniform(9) of
        1 -> K;
        2 -> K;
        3 -> float(K);
        4 when K =:= 0 -> -0.0;
        4 -> float(K);
        5 -> {K};
        6 -> {float(K)};
        7 -> [K, float(K)];
        8 -> lists:nth(K + 1, [a, b, c]);
        9 -> lists:nth(K + 1, [<<"x">>, <<>>, <<1, 2>>])
    end.

enc(X) when is_integer(X) -> integer_to_list(X);
enc(X) when is_float(X) -> ["{\"f\":\"", float_to_list(X, [short]), "\"}"];
enc(X) when is_atom(X) -> ["{\"a\":\"", atom_to_list(X), "\"}"];
enc(X) when is_binary(X) -> ["{\"bin\":[", join([integer_to_list(B) || <<B>> <= X]), "]}"];
enc(X) when is_list(X) -> ["{\"l\":[", join([enc(E) || E <- X]), "]}"];
enc(X) when is_tuple(X) -> ["{\"t\":[", join([enc(E) || E <- tuple_to_list(X)]), "]}"].

join([]) -> [];
join([H | T]) -> [H | [[",", E] || E <- T]].
