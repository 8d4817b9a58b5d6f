#!/usr/bin/env escript
%% -*- erlang -*-
%% Runs every call of a cases file under real Erlang and writes what happened as
%% JSON lines, so the TypeScript natives can be checked against the oracle.
%%
%%   escript test/bifs/gen_expected.escript test/bifs/cases/lists.calls test/bifs/data/lists.jsonl
%%
%% A cases file holds Erlang expressions, each `Mod:Fun(Args...)` or a BIF call
%% `fun(Args...)` (module erlang), ended by a dot.
%% Each output line: {"call","m","f","args"} plus either "ok" (the result) or
%% "error" {"class","reason","frame":{"m","f","args","line"},"argErrors":{..}}.
%% Terms are encoded as: safe integer -> number, {"big":"123..."}, {"f":"1.5"},
%% {"a":"name"}, {"l":[..],"tl":tail?}, {"t":[..]}, {"m":[[k,v],..]} (sorted),
%% {"bin":[bytes]}, {"bits":[bytes],"n":bitsize}, {"x":"printed"} for the rest.

main([In, Out]) ->
    {ok, Bin} = file:read_file(In),
    Forms = read_exprs(unicode:characters_to_list(Bin), 1),
    Lines = [run(Src, Expr) || {Src, Expr} <- Forms],
    ok = file:write_file(Out, [[L, $\n] || L <- Lines]).

read_exprs(Text, Line) ->
    case erl_scan:tokens([], Text, Line) of
        {done, {ok, Toks, End}, Rest} ->
            {ok, [Expr]} = erl_parse:parse_exprs(Toks),
            Src = string:trim(take_src(Text, Rest)),
            [{Src, Expr} | read_exprs(Rest, End)];
        {done, {eof, _}, _} -> [];
        {more, _} -> []
    end.

take_src(Text, Rest) ->
    lists:sublist(Text, length(Text) - length(Rest)).

run(Src, {call, A, {atom, _, F}, ArgExprs}) ->
    run(Src, {call, A, {remote, A, {atom, A, erlang}, {atom, A, F}}, ArgExprs});
run(Src, {call, _, {remote, _, {atom, _, M}, {atom, _, F}}, ArgExprs}) ->
    {value, Args, _} = erl_eval:expr(list_expr(ArgExprs), []),
    Head = [{"call", {str, Src}}, {"m", {str, atom_to_list(M)}},
            {"f", {str, atom_to_list(F)}}, {"args", {raw, enc(Args)}}],
    Outcome = try apply(M, F, Args) of
                  V -> [{"ok", {raw, enc(V)}}]
              catch
                  C:R:St -> [{"error", {obj, error_fields(C, R, St)}}]
              end,
    obj(Head ++ Outcome).

list_expr([]) -> {nil, 0};
list_expr([A | As]) -> {cons, 0, A, list_expr(As)}.

error_fields(C, R, St) ->
    Frame = case St of
                [{FM, FF, FA, Loc} | _] ->
                    [{"frame", {obj, [{"m", {str, atom_to_list(FM)}},
                                      {"f", {str, atom_to_list(FF)}},
                                      {"args", {raw, case is_list(FA) of
                                                         true -> enc(FA);
                                                         false -> "null"
                                                     end}},
                                      {"arity", {raw, case is_list(FA) of
                                                          true -> integer_to_list(length(FA));
                                                          false -> integer_to_list(FA)
                                                      end}},
                                      {"line", {raw, case proplists:get_value(line, Loc) of
                                                         undefined -> "null";
                                                         N -> integer_to_list(N)
                                                     end}}]}}];
                _ -> []
            end,
    ArgErrors = [{key_name(K), {str, unicode:characters_to_list(V)}}
                 || {K, V} <- lists:sort(maps:to_list(extended(R, St)))],
    [{"class", {str, atom_to_list(C)}}, {"reason", {raw, enc(R)}}] ++ Frame ++
        [{"argErrors", {obj, ArgErrors}}].

key_name(K) when is_integer(K) -> integer_to_list(K);
key_name(K) when is_atom(K) -> atom_to_list(K).

%% What the shell would print as `*** argument N: ...` lines (see erl_error).
extended(Reason, [{M, _F, _As, Info} | _] = St) ->
    case lists:keyfind(error_info, 1, Info) of
        {error_info, EI} when is_map(EI) ->
            Mod = maps:get(module, EI, M),
            Fun = maps:get(function, EI, format_error),
            try Mod:Fun(Reason, St) catch error:_ -> #{} end;
        _ -> #{}
    end;
extended(_, _) -> #{}.

%% ---- term encoding -------------------------------------------------------

enc(I) when is_integer(I), abs(I) =< 9007199254740991 -> integer_to_list(I);
enc(I) when is_integer(I) -> obj([{"big", {str, integer_to_list(I)}}]);
enc(F) when is_float(F) -> obj([{"f", {str, float_to_list(F, [short])}}]);
enc(A) when is_atom(A) -> obj([{"a", {str, atom_to_list(A)}}]);
enc(L) when is_list(L) -> enc_list(L, []);
enc(T) when is_tuple(T) -> obj([{"t", {raw, arr([enc(E) || E <- tuple_to_list(T)])}}]);
enc(M) when is_map(M) ->
    obj([{"m", {raw, arr([arr([enc(K), enc(V)]) || {K, V} <- lists:sort(maps:to_list(M))])}}]);
enc(B) when is_binary(B) -> obj([{"bin", {raw, arr([integer_to_list(X) || X <- binary_to_list(B)])}}]);
enc(B) when is_bitstring(B) ->
    N = bit_size(B),
    Pad = (8 - N rem 8) rem 8,
    Bytes = binary_to_list(<<B/bitstring, 0:Pad>>),
    obj([{"bits", {raw, arr([integer_to_list(X) || X <- Bytes])}}, {"n", {raw, integer_to_list(N)}}]);
enc(Other) -> obj([{"x", {str, lists:flatten(io_lib:format("~p", [Other]))}}]).

enc_list([H | T], Acc) -> enc_list(T, [enc(H) | Acc]);
enc_list([], Acc) -> obj([{"l", {raw, arr(lists:reverse(Acc))}}]);
enc_list(Tail, Acc) -> obj([{"l", {raw, arr(lists:reverse(Acc))}}, {"tl", {raw, enc(Tail)}}]).

%% ---- minimal JSON writer ------------------------------------------------

obj(Fields) ->
    ["{", lists:join(",", [[json_str(K), ":", val(V)] || {K, V} <- Fields]), "}"].

val({str, S}) -> json_str(S);
val({raw, R}) -> R;
val({obj, Fs}) -> obj(Fs).

arr(Items) -> ["[", lists:join(",", Items), "]"].

json_str(S) -> [$", [esc(C) || C <- S], $"].

esc($") -> "\\\"";
esc($\\) -> "\\\\";
esc(C) when C < 32; C > 126 ->
    case C > 16#FFFF of
        true ->
            V = C - 16#10000,
            [u4(16#D800 + (V bsr 10)), u4(16#DC00 + (V band 16#3FF))];
        false -> u4(C)
    end;
esc(C) -> C.

u4(C) -> io_lib:format("\\u~4.16.0b", [C]).
