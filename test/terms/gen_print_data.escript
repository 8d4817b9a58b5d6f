#!/usr/bin/env escript
%% -*- erlang -*-
-mode(compile).
%% Regenerates print_data.json and format_data.json from real erl:
%%   cd test/terms && escript gen_print_data.escript
%% Each case file holds one Erlang expression per line (lines starting with
%% % are comments). A term case is evaluated and printed many ways; a format
%% case evaluates to {Format, Args} and goes through io_lib:format/2.

main(_) ->
    Dir = filename:dirname(escript:script_name()),
    Terms = read_cases(filename:join(Dir, "print_cases.txt")),
    rand:seed(exsss, {17, 42, 4711}),
    Random = [{"random " ++ integer_to_list(N), random_term(5)} || N <- lists:seq(1, 300)],
    TermOut = [term_case(Src, T) || {Src, T} <- Terms ++ Random],
    write_json(filename:join(Dir, "print_data.json"), TermOut),
    Fmts = read_cases(filename:join(Dir, "format_cases.txt")),
    FmtOut = [format_case(Src, T) || {Src, T} <- Fmts],
    write_json(filename:join(Dir, "format_data.json"), FmtOut),
    io:format("~B term cases, ~B format cases~n", [length(TermOut), length(FmtOut)]).

read_cases(File) ->
    {ok, Bin} = file:read_file(File),
    Lines = string:split(unicode:characters_to_list(Bin), "\n", all),
    [{L, eval(L)} || L <- Lines, L =/= "", hd(L) =/= $%].

eval(Src) ->
    try eval1(Src) catch C:R -> io:format(standard_error, "bad case: ~ts~n", [Src]), erlang:raise(C, R, []) end.

eval1(Src) ->
    {ok, Toks, _} = erl_scan:string(Src ++ "."),
    {ok, Exprs} = erl_parse:parse_exprs(Toks),
    {value, V, _} = erl_eval:exprs(Exprs, []),
    V.

%% The records the tests know about (the TS side has the same table).
records(point, 2) -> [x, y];
records(person, 3) -> [name, age, email];
records(empty, 0) -> [];
records(node, 3) -> [left, value, right];
records(very_long_record_name_here, 2) -> [first_field_name, second_field_name];
records(_, _) -> no.

term_case(Src, T) ->
    RF = fun records/2,
    Shell = fun(Enc, Col) ->
                    io_lib_pretty:print(T, [{column, Col}, {line_length, 80}, {depth, 30},
                                            {line_max_chars, 60}, {strings, true},
                                            {record_print_fun, RF}, {encoding, Enc}])
            end,
    Pretty = fun(Opts) -> io_lib_pretty:print(T, Opts) end,
    {obj, [{src, {str, Src}},
           {term, enc(T)},
           {w, out(fun() -> io_lib:write(T) end)},
           {tw, out(fun() -> io_lib:format("~tw", [T]) end)},
           {w3, out(fun() -> io_lib:write(T, 3) end)},
           {w5, out(fun() -> io_lib:write(T, 5) end)},
           {p, out(fun() -> io_lib:format("~p", [T]) end)},
           {tp, out(fun() -> io_lib:format("~tp", [T]) end)},
           {lp, out(fun() -> io_lib:format("~lp", [T]) end)},
           {p3, out(fun() -> io_lib:format("~P", [T, 3]) end)},
           {p8, out(fun() -> io_lib:format("~P", [T, 8]) end)},
           {p40, out(fun() -> io_lib:format("~40p", [T]) end)},
           {pcol20, out(fun() -> io_lib:format("~s~p", [lists:duplicate(19, $x), T]) end)},
           {rec, out(fun() -> Pretty([{record_print_fun, RF}, {column, 1}, {line_length, 80}]) end)},
           {rec30, out(fun() -> Pretty([{record_print_fun, RF}, {column, 1}, {line_length, 30}]) end)},
           {shell, out(fun() -> Shell(latin1, 1) end)},
           {shellu, out(fun() -> Shell(unicode, 1) end)},
           {shell10, out(fun() -> Shell(latin1, 10) end)}]}.

format_case(Src, {Fmt, Args}) ->
    {obj, [{src, {str, Src}},
           {format, enc(Fmt)},
           {args, enc(Args)},
           {out, out(fun() -> io_lib:format(Fmt, Args) end)}]
           ++ io_error_info(Fmt, Args)}.

%% What the shell's exception report says about a failing io:format/2: the
%% per-argument explanations from erl_stdlib_errors.
io_error_info(Fmt, Args) ->
    case catch io_lib:format(Fmt, Args) of
        {'EXIT', _} ->
            try io:format(Fmt, Args) of
                _ -> []
            catch
                error:R:St ->
                    %% erl_stdlib_errors itself crashes on some inputs (improper
                    %% argument lists); the shell then prints no explanation.
                    Info = try erl_stdlib_errors:format_error(R, St) catch _:_ -> #{} end,
                    [{io_error, {obj, [{list_to_atom(key_name(K)), {str, unicode:characters_to_list(V)}}
                                       || {K, V} <- lists:sort(maps:to_list(Info))]}}]
            end;
        _ -> []
    end.

key_name(K) when is_integer(K) -> integer_to_list(K);
key_name(K) when is_atom(K) -> atom_to_list(K).

out(F) ->
    try lists:flatten(F()) of
        S -> {str, S}
    catch
        error:R -> {obj, [{error, {str, lists:flatten(io_lib:format("~0p", [R]))}}]}
    end.

%% ---- random terms, to exercise the layout rules --------------------------

random_term(0) -> random_leaf();
random_term(D) ->
    case rand:uniform(12) of
        1 -> random_leaf();
        2 -> random_leaf();
        3 -> [random_term(D - 1) || _ <- lists:seq(1, rand:uniform(8) - 1)];
        4 -> list_to_tuple([random_term(D - 1) || _ <- lists:seq(1, rand:uniform(6) - 1)]);
        5 -> list_to_tuple([random_atom() | [random_term(D - 1) || _ <- lists:seq(1, rand:uniform(5))]]);
        6 -> maps:from_list([{random_leaf(), random_term(D - 1)} || _ <- lists:seq(1, rand:uniform(5) - 1)]);
        7 -> {point, random_term(D - 1), random_leaf()};
        8 -> {person, random_string(), random_term(D - 1), random_term(D - 1)};
        9 -> {node, random_term(D - 1), rand:uniform(100), random_term(D - 1)};
        10 -> lists:seq(1, rand:uniform(40));
        11 -> [random_term(D - 1) | random_leaf()];
        12 -> list_to_binary([rand:uniform(256) - 1 || _ <- lists:seq(1, rand:uniform(12) - 1)])
    end.

random_leaf() ->
    case rand:uniform(9) of
        1 -> random_atom();
        2 -> rand:uniform(100000) - 500;
        3 -> rand:uniform() * 1000;
        4 -> random_string();
        5 -> list_to_binary(random_string());
        6 -> [];
        7 -> rand:uniform(1 bsl 70);
        8 -> random_atom();
        9 -> lists:duplicate(rand:uniform(30), $z)
    end.

random_atom() ->
    Names = [a, ok, error, undefined, 'EXIT', some_longer_atom_name, x, 'with space',
             very_very_long_atom_name_that_takes_room, tag, key, value],
    lists:nth(rand:uniform(length(Names)), Names).

random_string() ->
    Words = ["hello", "world", "erlang", "a", "printing", "text with spaces", "tab\t", "quote\""],
    lists:append([lists:nth(rand:uniform(length(Words)), Words) || _ <- lists:seq(1, rand:uniform(4))]).

%% ---- terms as JSON -----------------------------------------------------

enc(I) when is_integer(I) -> {obj, [{i, {str, integer_to_list(I)}}]};
enc(F) when is_float(F) -> {obj, [{f, {str, float_to_list(F, [short])}}]};
enc(A) when is_atom(A) -> {obj, [{a, {str, atom_to_list(A)}}]};
enc(L) when is_list(L) -> enc_list(L, []);
enc(T) when is_tuple(T) -> {obj, [{t, {arr, [enc(E) || E <- tuple_to_list(T)]}}]};
enc(M) when is_map(M) ->
    {obj, [{m, {arr, [{arr, [enc(K), enc(V)]} || {K, V} <- maps:to_list(M)]}}]};
enc(B) when is_bitstring(B) ->
    Bits = bit_size(B),
    Pad = (8 - Bits rem 8) rem 8,
    Bytes = binary_to_list(<<B/bitstring, 0:Pad>>),
    {obj, [{b, {arr, [{num, X} || X <- Bytes]}}, {bits, {num, Bits}}]};
enc(P) when is_pid(P) ->
    [_, Id, Ser] = string:lexemes(pid_to_list(P) -- "<>", "."),
    {obj, [{pid, {arr, [{num, list_to_integer(Id)}, {num, list_to_integer(Ser)}]}}]};
enc(P) when is_port(P) ->
    [_, Id] = string:lexemes(erlang:port_to_list(P) -- "#Port<>", "."),
    {obj, [{port, {num, list_to_integer(Id)}}]};
enc(R) when is_reference(R) ->
    [_ | Ids] = string:lexemes(erlang:ref_to_list(R) -- "#Ref<>", "."),
    {obj, [{ref, {arr, [{num, list_to_integer(I)} || I <- Ids]}}]};
enc(F) when is_function(F) ->
    case erlang:fun_info(F, type) of
        {type, external} ->
            {module, M} = erlang:fun_info(F, module),
            {name, N} = erlang:fun_info(F, name),
            {arity, A} = erlang:fun_info(F, arity),
            {obj, [{xfun, {arr, [{str, atom_to_list(M)}, {str, atom_to_list(N)}, {num, A}]}}]};
        {type, local} ->
            %% fun_to_list is #Fun<M.Index.Uniq>; take the numbers from it.
            S = erlang:fun_to_list(F),
            [M, I, U] = string:lexemes(S -- "#Fun<>", "."),
            {obj, [{lfun, {arr, [{str, M}, {num, list_to_integer(I)}, {num, list_to_integer(U)}]}}]}
    end.

enc_list([H | T], Acc) -> enc_list(T, [enc(H) | Acc]);
enc_list([], Acc) -> {obj, [{l, {arr, lists:reverse(Acc)}}]};
enc_list(Tail, Acc) -> {obj, [{l, {arr, lists:reverse(Acc)}}, {tail, enc(Tail)}]}.

%% ---- a tiny JSON writer ------------------------------------------------

write_json(File, Items) ->
    Text = ["[\n", lists:join(",\n", [json(I) || I <- Items]), "\n]\n"],
    ok = file:write_file(File, unicode:characters_to_binary(Text)).

json({obj, Kvs}) ->
    ["{", lists:join(",", [[json({str, atom_to_list(K)}), ":", json(V)] || {K, V} <- Kvs]), "}"];
json({arr, Xs}) -> ["[", lists:join(",", [json(X) || X <- Xs]), "]"];
json({num, N}) -> integer_to_list(N);
json({str, S}) -> [$", [jchar(C) || C <- S], $"].

jchar($") -> "\\\"";
jchar($\\) -> "\\\\";
jchar(C) when C >= 32, C < 127 -> C;
jchar(C) when C < 16#10000 -> io_lib:format("\\u~4.16.0B", [C]);
jchar(C) ->
    C1 = C - 16#10000,
    [jchar(16#D800 + (C1 bsr 10)), jchar(16#DC00 + (C1 band 16#3FF))].
