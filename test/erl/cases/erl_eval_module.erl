-module(erl_eval_module).
-export([main/0]).

%% erl_scan, erl_parse and erl_eval: tokens, abstract format terms and
%% evaluation, as a program using them at run time sees them.
main() ->
    scan(),
    parse(),
    eval(),
    bindings().

p(Label, X) -> io:format("~s: ~p~n", [Label, X]).

scan() ->
    p("string", erl_scan:string("foo(X, \"s\", $a, 1.5, 16#ff) -> [a|B].")),
    p("string loc", erl_scan:string("X = 1 + 2.", {3, 5})),
    p("string line", erl_scan:string("a\nb.", 10)),
    p("string empty", erl_scan:string("")),
    p("string ops", erl_scan:string("A =:= B andalso C /= D orelse <<1>> ++ -- :: || <= => := ...")),
    p("string bad", erl_scan:string("a $")),
    p("string bad2", erl_scan:string("\"abc")),
    p("string illegal", erl_scan:string("x = 1 ` 2")),
    p("string atom", erl_scan:string("'hello world' 'ok' case")),
    p("reserved", [erl_scan:reserved_word(W) || W <- ['case', 'of', foo, 'receive', 'maybe', 'andalso']]),
    {error, E1, _} = erl_scan:string("\"abc"),
    p("format_error", lists:flatten(erl_scan:format_error(element(3, E1)))),
    p("format_error illegal", lists:flatten(erl_scan:format_error({illegal, character}))),
    {more, C1} = erl_scan:tokens([], "foo(", 1),
    p("tokens more", is_tuple(C1) orelse is_list(C1)),
    p("tokens done", erl_scan:tokens(C1, "1). rest", 1)),
    p("tokens eof", erl_scan:tokens([], eof, 1)),
    p("tokens split", begin {more, C2} = erl_scan:tokens([], "ab", 1), erl_scan:tokens(C2, "c.\n", 1) end).

parse() ->
    {ok, T1, _} = erl_scan:string("X = 1 + 2 * 3, [X, -4, {a, \"s\"}, #{k => v}, <<1:8, \"b\"/binary>>]."),
    p("parse_exprs", erl_parse:parse_exprs(T1)),
    {ok, T2, _} = erl_scan:string("case X of {ok, V} when V > 0 -> V; _ -> fun(Y) -> Y end end."),
    p("parse case", erl_parse:parse_exprs(T2)),
    {ok, T3, _} = erl_scan:string("{hello, [1, 2.5, \"str\"], #{a => <<\"b\">>}, 'Q', -3}."),
    p("parse_term", erl_parse:parse_term(T3)),
    {ok, T4, _} = erl_scan:string("foo(X) when is_integer(X) -> X + 1; foo(_) -> error."),
    p("parse_form", erl_parse:parse_form(T4)),
    {ok, T5, _} = erl_scan:string("-module(m)."),
    p("parse_form attr", erl_parse:parse_form(T5)),
    {ok, T5b, _} = erl_scan:string("-export([f/1, g/0])."),
    p("parse_form export", erl_parse:parse_form(T5b)),
    {ok, T6, _} = erl_scan:string("1 + ."),
    Err = erl_parse:parse_exprs(T6),
    p("parse error", Err),
    {error, {_, Mod, Msg}} = Err,
    p("format_error", lists:flatten(Mod:format_error(Msg))),
    {ok, T7, _} = erl_scan:string("X + 1."),
    p("parse_term var", erl_parse:parse_term(T7)),
    {ok, T8, _} = erl_scan:string("[1,2|T] = L, fun lists:map/2, fun f/1, try a catch _:_ -> b after c end, receive M -> M after 10 -> t end.", {1, 1}),
    p("parse cols", erl_parse:parse_exprs(T8)),
    p("abstract", erl_parse:abstract({1, [a, "str", 2.5], <<1, 2>>, #{x => -1}})),
    p("abstract line", erl_parse:abstract([1, 2], 7)),
    p("normalise", erl_parse:normalise({tuple, 1, [{atom, 1, a}, {string, 1, "x"}, {op, 1, '-', {integer, 1, 5}}, {cons, 1, {integer, 1, 1}, {nil, 1}}]})).

eval() ->
    p("exprs", eval_string("X = 6, Y = X * 7, {X, Y}.")),
    p("exprs lists", eval_string("lists:map(fun(A) -> A * 2 end, [1,2,3]).")),
    p("exprs case", eval_string("case 5 of N when N > 3 -> big; _ -> small end.")),
    p("exprs lc", eval_string("[{A, B} || A <- [1,2], B <- [x, y], A =/= 2].")),
    {ok, T, _} = erl_scan:string("Z + 1."),
    {ok, [E]} = erl_parse:parse_exprs(T),
    p("expr with binding", erl_eval:expr(E, erl_eval:add_binding('Z', 41, erl_eval:new_bindings()))),
    p("expr unbound", try erl_eval:expr(E, erl_eval:new_bindings()) catch C0:R0 -> {C0, R0} end),
    p("expr error", try eval_string("1 / 0.") catch C:R -> {C, R} end),
    p("expr throw", try eval_string("throw(ball).") catch C2:R2 -> {C2, R2} end),
    p("expr badmatch", try eval_string("{A} = {1, 2}.") catch C3:R3 -> {C3, R3} end),
    {ok, T2, _} = erl_scan:string("double(21) + 1."),
    {ok, Es2} = erl_parse:parse_exprs(T2),
    Lf = {value, fun(double, [N]) -> N * 2 end},
    p("local handler", erl_eval:exprs(Es2, [], Lf)),
    p("local undef", try erl_eval:exprs(Es2, []) catch C4:R4 -> {C4, R4} end),
    {ok, T3, _} = erl_scan:string("F = fun(X) -> X + K end, F(1)."),
    {ok, Es3} = erl_parse:parse_exprs(T3),
    {value, V3, B3} = erl_eval:exprs(Es3, [{'K', 100}]),
    p("fun value", V3),
    p("fun bindings", [N || {N, _} <- B3]),
    {ok, T4, _} = erl_scan:string("self() =:= S."),
    {ok, [E4]} = erl_parse:parse_exprs(T4),
    p("bif", element(2, erl_eval:expr(E4, [{'S', self()}]))),
    {ok, T5, _} = erl_scan:string("1, 2 + 2, atom."),
    {ok, Es5} = erl_parse:parse_exprs(T5),
    p("expr_list", erl_eval:expr_list(Es5, [])).

eval_string(S) ->
    {ok, Tokens, _} = erl_scan:string(S),
    {ok, Exprs} = erl_parse:parse_exprs(Tokens),
    erl_eval:exprs(Exprs, erl_eval:new_bindings()).

bindings() ->
    B0 = erl_eval:new_bindings(),
    p("new", B0),
    B1 = erl_eval:add_binding('B', 2, erl_eval:add_binding('A', 1, B0)),
    p("added", erl_eval:bindings(B1)),
    p("binding", erl_eval:binding('A', B1)),
    p("binding missing", erl_eval:binding('Q', B1)),
    p("replaced", erl_eval:bindings(erl_eval:add_binding('A', 10, B1))),
    p("deleted", erl_eval:bindings(erl_eval:del_binding('A', B1))).
