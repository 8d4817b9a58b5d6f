#!/usr/bin/env escript
%% -*- erlang -*-
%% Records how real erl orders terms that compare equal but are not identical
%% (1 and 1.0, 0.0 and -0.0, {1} and {1.0}) in lists:sort/1, usort/1,
%% keysort/2, ukeysort/2, merge/1,2 and keymerge/3, for random lists drawn
%% with a fixed seed. Writes one JSON line per call: {"f", "args", "ok"},
%% terms encoded as test/bifs/oracle.ts reads them.
%%
%%   escript test/bifs/gen_sort_data.escript test/bifs/data/lists_sort.jsonl

main([Out]) ->
    rand:seed(exsss, {2026, 11, 26}),
    Calls = [{sort, [L]} || L <- lists_of(terms, 300)]
        ++ [{sort, [L]} || L <- lists_of(identical_dups, 60)]
        ++ [{sort, [L]} || L <- lists_of(float_zeros, 60)]
        ++ [{usort, [L]} || L <- lists_of(terms, 150)]
        ++ [{keysort, [I, L]} || L <- lists_of(pairs, 250), I <- [1, 2]]
        ++ [{keysort, [1, L]} || L <- lists_of(narrow_pairs, 300)]
        ++ [{ukeysort, [1, L]} || L <- lists_of(pairs, 150)]
        ++ [{merge, [Ls]} || Ls <- lists_of_lists(150)]
        ++ [{merge, [A, B]} || [A, B | _] <- lists_of_lists(150)]
        ++ [{keymerge, [1, A, B]} || {A, B} <- keyed_pairs(150)],
    Lines = [line(F, Args) || {F, Args} <- Calls],
    ok = file:write_file(Out, Lines),
    io:format("~s: ~b calls~n", [Out, length(Lines)]).

line(F, Args) ->
    Result = apply(lists, F, Args),
    ["{\"f\":\"", atom_to_list(F), "\",\"args\":", enc(Args), ",\"ok\":", enc(Result), "}\n"].

%% Mostly short lists (many distinct run layouts), some long enough for
%% several merge passes.
lists_of(Kind, N) -> [random_list(Kind, random_length()) || _ <- lists:seq(1, N)].

random_length() ->
    case rand:uniform(10) of
        10 -> rand:uniform(100);
        9 -> rand:uniform(60);
        _ -> rand:uniform(16) - 1
    end.

random_list(Kind, Len) -> [element(Kind) || _ <- lists:seq(1, Len)].

element(terms) -> equal_prone();
%% Duplicates that are identical only: any correct sort gives erl's order.
%% 0.0 =:= -0.0, yet they print apart: their order shows.
element(float_zeros) -> lists:nth(rand:uniform(5), [0.0, -0.0, a, b, {1}]);
element(identical_dups) -> lists:nth(rand:uniform(7), [a, b, {1}, {2, a}, [1], <<"x">>, 2.5]);
element(pairs) -> {equal_prone(), equal_prone()};
%% Whole tuples often equal too: keysort gathers a leading run of those.
element(narrow_pairs) -> {int_or_float(2), int_or_float(2)}.

int_or_float(N) ->
    K = rand:uniform(N) - 1,
    case rand:uniform(2) of
        1 -> K;
        2 -> float(K)
    end.

%% Few distinct values, each in several spellings that compare equal.
equal_prone() ->
    K = rand:uniform(4) - 1,
    case rand:uniform(7) of
        1 -> K;
        2 -> K;
        3 -> float(K);
        4 when K =:= 0 -> -0.0;
        4 -> float(K);
        5 -> {K};
        6 -> {float(K)};
        7 -> {K, float(rand:uniform(2))}
    end.

%% merge/1 and merge/2 are meant for sorted lists; a few are left unsorted,
%% since erl merges those too.
lists_of_lists(N) ->
    [[maybe_sorted(random_list(terms, rand:uniform(12) - 1)) || _ <- lists:seq(1, rand:uniform(7))]
     || _ <- lists:seq(1, N)].

maybe_sorted(L) ->
    case rand:uniform(5) of
        5 -> L;
        _ -> lists:sort(L)
    end.

keyed_pairs(N) ->
    [{lists:keysort(1, random_list(pairs, rand:uniform(10) - 1)),
      lists:keysort(1, random_list(pairs, rand:uniform(10) - 1))} || _ <- lists:seq(1, N)].

%% ---- JSON, as oracle.ts's fromJson reads it ----

enc(X) when is_integer(X) -> integer_to_list(X);
enc(X) when is_float(X) -> ["{\"f\":\"", float_to_list(X, [short]), "\"}"];
enc(X) when is_atom(X) -> ["{\"a\":\"", atom_to_list(X), "\"}"];
enc(X) when is_binary(X) -> ["{\"bin\":[", join([integer_to_list(B) || <<B>> <= X]), "]}"];
enc(X) when is_list(X) -> ["{\"l\":[", join([enc(E) || E <- X]), "]}"];
enc(X) when is_tuple(X) -> ["{\"t\":[", join([enc(E) || E <- tuple_to_list(X)]), "]}"].

join([]) -> [];
join([H | T]) -> [H | [[",", E] || E <- T]].
