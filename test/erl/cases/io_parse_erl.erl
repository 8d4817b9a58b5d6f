%% io:scan_erl_exprs/form and io:parse_erl_exprs/form reading a file
%% opened with file:open: each call takes one dot-terminated piece, what
%% follows stays for the next call; errors, eof and both location kinds.
-module(io_parse_erl).
-export([main/0]).

main() ->
    File = "io_parse_erl_input.txt",
    ok = file:write_file(File,
        "-module(m).\n"
        "foo(X) -> X + 1.\n"
        "1 + 2, [a|B]. \"s\".\n"
        "foo( -> .\n"
        "1 + .\n"
        "a 2#5 b. c.\n"
        "$\\x{zz}. ok.\n"
        "  'multi\nline' % a comment\n  .\n"
        "bar() -> ok.\n"
        "trailing"),
    {ok, F} = file:open(File, [read]),
    show(io:parse_erl_form(F, "")),
    show(io:parse_erl_form(F, "", {2, 1})),
    show(io:parse_erl_exprs(F, '', 3)),
    show(io:scan_erl_exprs(F, "", 3)),
    show(io:parse_erl_form(F, "", 4, [])),
    show(io:parse_erl_exprs(F, "", {5, 1}, [])),
    show(io:scan_erl_exprs(F, "", 6)),
    show(io:scan_erl_exprs(F, "", 6)),
    show(io:scan_erl_form(F, "", {6, 1})),
    show(io:scan_erl_form(F, "", 7)),
    show(io:scan_erl_exprs(F, "", {7, 1})),
    show(io:scan_erl_exprs(F, "", 8)),
    show(io:parse_erl_form(F, "", 10)),
    show(io:parse_erl_exprs(F, "", 11)),
    show(io:parse_erl_exprs(F, "", 11)),
    show(io:scan_erl_form(F, "", {11, 3})),
    ok = file:close(F),
    {ok, G} = file:open(File, [read]),
    show(io:scan_erl_form(G, "", 1)),
    show(io:parse_erl_exprs(G, "")),
    ok = file:close(G),
    {ok, E} = file:open(File, [write]),
    ok = file:close(E),
    {ok, H} = file:open(File, [read]),
    show(io:parse_erl_exprs(H, "")),
    show(io:scan_erl_form(H, "", {4, 2})),
    ok = file:close(H),
    show(io:parse_erl_exprs(H, "")),
    ok = file:delete(File).

show(R) -> io:format("~p~n", [R]).
