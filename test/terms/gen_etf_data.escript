#!/usr/bin/env escript
%% Generates test/terms/etf_data.json: term_to_binary/2 output of real OTP
%% for terms the TS codec must decode and re-encode byte for byte.
%% Run: escript test/terms/gen_etf_data.escript > test/terms/etf_data.json
-mode(compile).

main(_) ->
    ok = io:setopts([{encoding, unicode}]),
    Y = 10,
    ErlEvalFun = erl_eval_fun(),
    CompiledFun = fun(X) -> X + Y end,
    Pid = binary_to_term(<<131,88,100,0,9,"foo@host1",0,0,0,77,0,0,0,3,0,0,19,136>>),
    Ref = binary_to_term(<<131,90,0,3,100,0,9,"foo@host1",0,0,19,136,0,1,2,3,4,5,6,7,8,9,10,11>>),
    Port = binary_to_term(<<131,89,100,0,9,"foo@host1",0,0,0,42,0,0,19,136>>),
    Cases = [
        {int_0, 0}, {int_255, 255}, {int_256, 256}, {int_neg1, -1},
        {int_max32, 2147483647}, {int_min32, -2147483648},
        {int_2p31, 2147483648}, {int_neg_2p31_minus1, -2147483649},
        {int_2p53, 1 bsl 53}, {int_neg_2p53, -(1 bsl 53)},
        {int_2p64, 1 bsl 64}, {int_2p100_neg, -(1 bsl 100)},
        {int_large_big, 1 bsl 2100}, {int_large_big_neg, -(1 bsl 2047) + 12345},
        {float_0, 0.0}, {float_neg0, -0.0}, {float_1_5, 1.5}, {float_pi, math:pi()},
        {float_big, 1.0e300}, {float_tiny, 5.0e-324}, {float_neg, -123.456},
        {atom_abc, abc}, {atom_empty, ''}, {atom_latin1, list_to_atom([233, 246])},
        {atom_unicode, list_to_atom([1000, $a, 128512])},
        {atom_255, list_to_atom(lists:duplicate(255, $x))},
        {atom_long_utf8, list_to_atom(lists:duplicate(200, 1000))},
        {tuple_empty, {}}, {tuple_small, {1, a, "b"}},
        {tuple_large, list_to_tuple(lists:seq(1, 300))},
        {nil, []}, {string, "hello"}, {string_latin1, [0, 200, 255]},
        {list_improper, [1, 2 | 3]}, {list_atoms, [a, b]}, {list_mixed, [1, 256, -1]},
        {list_improper_string_tail, [1 | <<"x">>]},
        {string_65535, lists:duplicate(65535, $a)},
        {string_65536, lists:duplicate(65536, $b)},
        {nested_lists, [[1, [2, [3, []]]], "x"]},
        {bin_empty, <<>>}, {bin_small, <<1, 2, 3>>}, {bits_1, <<1:1>>},
        {bits_12, <<1, 2, 3:4>>}, {bits_7, <<127:7>>},
        {map_empty, #{}}, {map_small, #{b => 1, a => 2, 1 => x, "s" => y}},
        {map_num_keys, #{1.0 => a, 1 => b, 2 => c, 0.5 => d, 3.0 => e, -1 => f}},
        {map_mixed, #{{1} => t, [] => n, <<"b">> => bin, foo => #{x => [1]}}},
        {pid, Pid}, {ref, Ref}, {port, Port},
        {export_fun, fun lists:map/2}, {export_fun_unicode, fun 'ü':'é'/0},
        {erl_eval_fun, ErlEvalFun}, {compiled_fun, CompiledFun},
        {fun_in_tuple, {ErlEvalFun, [CompiledFun]}},
        {deep, lists:foldl(fun(_, A) -> {A} end, x, lists:seq(1, 100))},
        {mixed, {ok, [{1, 2.5, <<"bin">>}], #{k => [Pid, Ref]}, "str", -77777777777}}
    ],
    Plain = [entry(N, "", T, term_to_binary(T)) || {N, T} <- Cases],
    Minor0 = [entry(N, "minor0", T, term_to_binary(T, [{minor_version, 0}]))
              || {N, T} <- Cases, lists:member(N, [float_0, float_neg0, float_1_5, float_pi, float_big,
                                                   float_tiny, float_neg, mixed])],
    Minor2 = [entry(N, "minor2", T, term_to_binary(T, [{minor_version, 2}]))
              || {N, T} <- Cases, lists:member(N, [atom_abc, atom_latin1, atom_unicode, atom_255,
                                                   atom_empty, pid, mixed, map_small])],
    Compressed = [entry(N, "compressed", T, term_to_binary(T, [compressed]))
                  || {N, T} <- [{c_small, abc}, {c_string, lists:duplicate(200, $a)},
                                {c_mixed, lists:duplicate(50, {hello, <<"world">>, 1.5})},
                                {c_tuple, list_to_tuple(lists:seq(1, 1000))}]],
    Level9 = [entry(c_level9, "compressed9", T, term_to_binary(T, [{compressed, 9}]))
              || T <- [lists:seq(1, 500)]],
    io:format("[~n~ts~n]~n", [lists:join(",\n", Plain ++ Minor0 ++ Minor2 ++ Compressed ++ Level9)]).

erl_eval_fun() ->
    {ok, Tokens, _} = erl_scan:string("fun(X) -> X + Y end."),
    {ok, [Expr]} = erl_parse:parse_exprs(Tokens),
    {value, F, _} = erl_eval:expr(Expr, [{'Y', 10}]),
    F.

entry(Name, Opts, Term, Bin) ->
    io_lib:format("  {\"name\": \"~s\", \"opts\": \"~s\", \"hex\": \"~s\", \"text\": ~ts}",
                  [Name, Opts, hex(Bin), json_string(io_lib:format("~0tp", [Term]))]).

hex(Bin) -> [io_lib:format("~2.16.0b", [B]) || <<B>> <= Bin].

json_string(Chars) ->
    S = lists:flatten(Chars),
    Short = case length(S) > 200 of true -> lists:sublist(S, 200) ++ "..."; false -> S end,
    [$", [esc(C) || C <- Short], $"].

esc($") -> "\\\"";
esc($\\) -> "\\\\";
esc(C) when C < 32 -> io_lib:format("\\u~4.16.0b", [C]);
esc(C) -> [C].
