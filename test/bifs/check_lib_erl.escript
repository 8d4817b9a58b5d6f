#!/usr/bin/env escript
%% -*- erlang -*-
%% Checks lib/erlang/{lists,maps}.erl under real Erlang: each is compiled
%% under a different module name (xlists, xmaps) and a set of calls is run
%% against both it and OTP's own module; results and error reasons must match
%% (the order of side effects too, via the process dictionary).
%%
%%   escript test/bifs/check_lib_erl.escript lib/erlang
%%
%% Prints one line per mismatch and "N checked, M mismatches"; exits 1 on any.

main([LibDir]) ->
    Tmp = filename:join("/tmp", "erlts_lib_check_" ++ os:getpid()),
    ok = filelib:ensure_dir(filename:join(Tmp, "x")),
    [compile_renamed(LibDir, Tmp, M) || M <- ["lists", "maps"]],
    compile_erlts_maps(Tmp),
    compile_erlts_lists(Tmp),
    true = code:add_patha(Tmp),
    Results = [check(C) || C <- cases()],
    Bad = [R || R <- Results, R =/= ok],
    [io:format("MISMATCH ~s~n  ours: ~p~n  real: ~p~n", [Name, Ours, Real]) || {Name, Ours, Real} <- Bad],
    io:format("~b checked, ~b mismatches~n", [length(Results), length(Bad)]),
    halt(case Bad of [] -> 0; _ -> 1 end).

compile_renamed(LibDir, Tmp, Mod) ->
    {ok, Src} = file:read_file(filename:join(LibDir, Mod ++ ".erl")),
    Renamed = re:replace(Src, "^-module\\(" ++ Mod ++ "\\)\\.", "-module(x" ++ Mod ++ ").",
                         [multiline, {return, binary}]),
    File = filename:join(Tmp, "x" ++ Mod ++ ".erl"),
    ok = file:write_file(File, Renamed),
    case compile:file(File, [{outdir, Tmp}, return_errors, report_warnings]) of
        {ok, _} -> ok;
        Err -> io:format("compile failed: ~p~n", [Err]), halt(2)
    end.

%% lib/erlang/maps.erl raises through erlts_maps (natives in erlts): under
%% real Erlang, these are OTP's error_with_info/2 and badarg_with_info/1.
compile_erlts_maps(Tmp) ->
    File = filename:join(Tmp, "erlts_maps.erl"),
    ok = file:write_file(File,
        "-module(erlts_maps).\n"
        "-export([error_with_info/3, badarg_with_info/2]).\n"
        "error_with_info(_Fn, Reason, Args) ->\n"
        "    erlang:error(Reason, Args, [{error_info, #{module => erl_stdlib_errors}}]).\n"
        "badarg_with_info(_Fn, Args) ->\n"
        "    erlang:error(badarg, Args, [{error_info, #{module => erl_stdlib_errors}}]).\n"),
    {ok, _} = compile:file(File, [{outdir, Tmp}, return_errors]),
    ok.

%% lib/erlang/lists.erl's map appends through erlts_lists (natives in erlts,
%% src/bifs/lists/builder.ts): under real Erlang, a model whose accumulator
%% is always the reversed list, so map keeps to its reversed-list clauses.
compile_erlts_lists(Tmp) ->
    File = filename:join(Tmp, "erlts_lists.erl"),
    ok = file:write_file(File,
        "-module(erlts_lists).\n"
        "-export([push/2, push4/6, finish/2]).\n"
        "push(Acc, X) -> [X | Acc].\n"
        "push4(Acc, X1, X2, X3, X4, _Rest) -> [X4, X3, X2, X1 | Acc].\n"
        "finish(Acc, Tail) -> lists:reverse(Acc, Tail).\n"),
    {ok, _} = compile:file(File, [{outdir, Tmp}, return_errors]),
    ok.

%% Runs the call on both modules; the trace records which elements the funs
%% saw and in what order.
check({Mod, Fun, Args}) ->
    XMod = list_to_atom("x" ++ atom_to_list(Mod)),
    Name = io_lib:format("~p:~p~p", [Mod, Fun, Args]),
    Ours = outcome(XMod, Fun, Args),
    Real = outcome(Mod, Fun, Args),
    case Ours =:= Real of
        true -> ok;
        false -> {Name, Ours, Real}
    end.

outcome(M, F, Args) ->
    erase(trace),
    R = try {ok, apply(M, F, Args)}
        catch C:Reason -> {C, simplify(Reason)}
        end,
    {R, lists:reverse(get_trace())}.

%% function_clause frames differ (our helper names); compare only the reason.
simplify(R) -> R.

get_trace() -> case get(trace) of undefined -> []; T -> T end.

seen(X) -> put(trace, [X | get_trace()]).

cases() ->
    Inc = fun(X) -> seen(X), X + 1 end,
    Even = fun(X) -> seen(X), X rem 2 =:= 0 end,
    Add = fun(X, Acc) -> seen(X), X + Acc end,
    Cons = fun(X, Acc) -> seen(X), [X | Acc] end,
    Le = fun(A, B) -> A =< B end,
    Ge = fun(A, B) -> A >= B end,
    Le1 = fun({A, _}, {B, _}) -> A =< B end,
    Dup = fun(X) -> [X, X] end,
    FM = fun(X) when X > 2 -> {true, X * 10}; (X) -> X =:= 1 end,
    MF = fun(X, Acc) -> seen(X), {X * 2, Acc + X} end,
    KV = fun(K, V) -> seen({K, V}), V * 10 end,
    KVA = fun(K, V, Acc) -> seen(K), [{K, V} | Acc] end,
    KVP = fun(_K, V) -> V > 1 end,
    KVFM = fun(K, V) when V > 1 -> {true, {K, V}}; (_, V) -> V =:= 1 end,
    Mod3 = fun(X) -> X rem 3 end,
    Big = lists:seq(1, 2000),
    Ls = [[], [1], [3, 1, 2], [1, 2, 3, 4, 5, 6], [5, 3, 5, 1, 3, 2, 1.0, 1], Big],
    [{lists, map, [Inc, L]} || L <- Ls] ++
    [{lists, F, [Even, L]} || F <- [filter, partition, all, any, takewhile, dropwhile, splitwith, search],
                              L <- Ls] ++
    [{lists, F, [Add, 0, L]} || F <- [foldl, foldr], L <- Ls] ++
    [{lists, F, [Cons, [], L]} || F <- [foldl, foldr], L <- Ls] ++
    [{lists, foreach, [Inc, L]} || L <- Ls] ++
    [{lists, flatmap, [Dup, L]} || L <- Ls] ++
    [{lists, F, [FM, L]} || F <- [filtermap, zf], L <- Ls] ++
    [{lists, F, [MF, 0, L]} || F <- [mapfoldl, mapfoldr], L <- Ls] ++
    [{lists, F, [Le, L]} || F <- [sort, usort], L <- Ls] ++
    [{lists, F, [Ge, L]} || F <- [sort, usort], L <- Ls] ++
    [{lists, F, [Le1, [{2, a}, {1, b}, {2, c}, {1, d}, {0, e}, {2, f}]]} || F <- [sort, usort]] ++
    [{lists, uniq, [Mod3, L]} || L <- Ls] ++
    [{lists, zipwith, [fun(X, Y) -> seen(X), {X, Y} end, [1, 2, 3], [a, b, c]]},
     {lists, zipwith, [fun(X, Y) -> {X, Y} end, [1, 2], [a]]},
     {lists, zipwith3, [fun(X, Y, Z) -> X + Y + Z end, [1, 2], [3, 4], [5, 6]]},
     {lists, keymap, [fun(X) -> X * 2 end, 2, [{a, 1}, {b, 2}]]},
     {lists, merge, [Le, [1, 3, 5], [2, 3, 4]]},
     {lists, merge, [Le1, [{1, a}, {2, b}], [{1, c}, {2, d}]]},
     {lists, umerge, [Le, [1, 3, 5], [2, 3, 4]]},
     {lists, umerge, [Le1, [{1, a}, {2, b}], [{1, c}, {3, d}]]},
     {lists, umerge, [[1, 3, 5], [1, 2, 3.0, 4]]},
     {lists, umerge, [[[1, 4], [2, 4], [1.0, 3]]]},
     {lists, merge3, [[1, 4], [2, 4], [1.0, 3]]},
     {lists, umerge3, [[1, 4], [2, 4], [1.0, 3]]},
     {lists, ukeymerge, [1, [{1, a}, {3, b}], [{1, c}, {2, d}]]},
     {lists, map, [not_a_fun, [1]]},
     {lists, map, [Inc, not_a_list]},
     {lists, foldl, [Add, 0, [1 | 2]]},
     {lists, filter, [fun(_) -> maybe end, [1]]},
     {lists, filter, [fun(_) -> true end, [1 | x]]},
     {lists, filter, [fun(_) -> true end, x]},
     {lists, sort, [Le, [3, 1 | x]]},
     {lists, search, [Even, [1, 3]]},
     {lists, append, [[1], [2]]}, {lists, append, [[1 | x], [2]]}, {lists, append, [a, [2]]},
     {lists, append, [[], x]}, {lists, append, ["abc", "def"]},
     {lists, append, [[[1], [2, 3], []]]}, {lists, append, [[]]}, {lists, append, [[[1] | x]]},
     {lists, append, [[a, [1]]]}, {lists, append, [x]}, {lists, append, [[[1], a]]},
     {lists, subtract, [[1, 2, 3, 2, 1], [2, 1]]}, {lists, subtract, [[1, 2], x]},
     {lists, subtract, [x, [1]]}, {lists, subtract, [[1.0, 1], [1]]}] ++
    maps_cases(KV, KVA, KVP, KVFM) ++
    sort_fun_cases().

%% sort/2, usort/2, merge/3 and umerge/3 with funs that are no total order
%% (strict, by key, arbitrary) on random lists of terms that compare equal
%% without being identical: results and the pairs the fun was asked about.
sort_fun_cases() ->
    rand:seed(exsss, {2026, 11, 26}),
    Traced = fun(F) -> fun(A, B) -> seen({A, B}), F(A, B) end end,
    Key = fun({A, _}) -> A; (A) -> A end,
    Funs = [Traced(F) || F <- [fun(A, B) -> A < B end, fun(A, B) -> A > B end,
                               fun(A, B) -> A >= B end, fun(A, B) -> Key(A) > Key(B) end,
                               fun(A, B) -> Key(A) =< Key(B) end,
                               fun(A, B) -> erlang:phash2({A, B}) rem 2 =:= 0 end]],
    Lists = [[equal_prone() || _ <- lists:seq(1, rand:uniform(30) - 1)] || _ <- lists:seq(1, 40)],
    [{lists, F, [Fun, L]} || Fun <- Funs, L <- Lists, F <- [sort, usort]] ++
    [{lists, F, [Fun, L1, L2]} || Fun <- Funs, [L1, L2 | _] <- [Lists, lists:reverse(Lists)],
                                  F <- [merge, umerge]].

equal_prone() ->
    K = rand:uniform(3) - 1,
    case rand:uniform(4) of
        1 -> K;
        2 -> float(K);
        3 -> {K, rand:uniform(2)};
        4 -> {float(K), rand:uniform(2)}
    end.

maps_cases(KV, KVA, KVP, KVFM) ->
    Ms = [#{}, #{a => 1}, #{b => 2, a => 1, c => 3}, maps:from_list([{N, N} || N <- lists:seq(1, 40)])],
    [{maps, map, [KV, M]} || M <- Ms] ++
    [{maps, fold, [KVA, [], M]} || M <- Ms] ++
    [{maps, filter, [KVP, M]} || M <- Ms] ++
    [{maps, filtermap, [KVFM, M]} || M <- Ms] ++
    [{maps, foreach, [fun(K, V) -> seen({K, V}) end, M]} || M <- Ms] ++
    [{maps, fold, [KVA, [], maps:iterator(#{x => 1, y => 2})]},
     {maps, map, [KV, maps:iterator(#{x => 1, y => 2})]},
     {maps, update_with, [a, fun(V) -> V + 1 end, #{a => 1}]},
     {maps, update_with, [z, fun(V) -> V + 1 end, #{a => 1}]},
     {maps, update_with, [a, fun(V) -> V + 1 end, 0, #{a => 1}]},
     {maps, update_with, [z, fun(V) -> V + 1 end, 0, #{a => 1}]},
     {maps, update_with, [a, fun(V) -> V + 1 end, not_a_map]},
     {maps, merge_with, [fun(_K, V1, V2) -> V1 + V2 end, #{a => 1, b => 2}, #{b => 10, c => 3}]},
     {maps, intersect_with, [fun(_K, V1, V2) -> {V1, V2} end, #{a => 1, b => 2}, #{b => 10, c => 3}]},
     {maps, merge_with, [fun(K, V1, V2) -> seen(K), {V1, V2} end, #{a => 1, b => 2, d => 4}, #{b => 10, d => 3}]},
     {maps, merge_with, [fun(K, V1, V2) -> seen(K), {V1, V2} end, #{b => 2, d => 4}, #{a => 1, b => 10, d => 3}]},
     {maps, intersect_with, [fun(K, V1, V2) -> seen(K), {V1, V2} end, #{a => 1, b => 2, d => 4}, #{b => 10, d => 3}]},
     {maps, intersect_with, [fun(K, V1, V2) -> seen(K), {V1, V2} end, #{b => 2, d => 4}, #{a => 1, b => 10, d => 3}]},
     {maps, merge_with, [fun(_K, V1, V2) -> {V1, V2} end, #{a => 1}, not_a_map]},
     {maps, intersect_with, [not_a_fun, #{a => 1}, #{}]},
     {maps, groups_from_list, [fun(X) -> X rem 2 end, [1, 2, 3, 4, 5]]},
     {maps, groups_from_list, [fun(X) -> X rem 2 end, fun(X) -> X * 10 end, [1, 2, 3, 4, 5]]},
     {maps, map, [KV, not_a_map]},
     {maps, fold, [KVA, [], not_a_map]},
     {maps, filter, [KVP, not_a_map]},
     {maps, map, [not_a_fun, #{}]}].
