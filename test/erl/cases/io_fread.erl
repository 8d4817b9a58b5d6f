%% io_lib:fread/2,3 and io:fread on a file opened with file:open: each
%% directive, widths, suppression, errors, eof, and what is left over.
-module(io_fread).
-export([main/0]).

main() ->
    lists:foreach(fun({F, S}) -> show({F, S}, io_lib:fread(F, S)) end, [
        {"~d", "42 rest"}, {"~d~d", " 1\n 2"}, {"~d", "+7"}, {"~d", "-"}, {"~d", "x"},
        {"~3d~d", "12345"}, {"~3d", " 1 "}, {"~u", " 5"}, {"~u", "5a"}, {"~16u", "fFg"},
        {"~2u", "102"}, {"~1u", "1"}, {"~37u", "1"}, {"~-~d", "-5"}, {"~-~-", "+x"},
        {"~f", "1.5e3x"}, {"~f", "1"}, {"~f", "-0.25E-2"}, {"~f", "1.e3"}, {"~4f", "1.25"},
        {"~s", "  ab cd"}, {"~3s", " abcd"}, {"~s", ""}, {"~a", " foo bar"},
        {"~2a", "ab"}, {"~c", "xyz"}, {"~3c", " a\nb"}, {"~c", "\x{400}"},
        {"~tc", "\x{400}"}, {"~ts", [1024, 1025, 32, 97]}, {"~s", [1024]}, {"~ta", "ok"},
        {"~l~d~l", "  12 x"}, {"~*d~d", "1 2"}, {"~~~d", "~5"}, {"~~", "x"},
        {"a b~d", "a    b3"}, {"a~d", "b3"}, {"~d ~d", "1"}, {"~q", "1"}, {"", "abc"},
        {"~d~", "1"}, {"~td", "1"}, {" ~s ", "  x  "},
        {"~#", " 16#fFg"}, {"~#", "-2#101"}, {"~#", "2#102"}, {"~#", "37#1"}, {"~#", "#1"},
        {"~#", "8#"}, {"~#", "+8#7"}, {"~#", "12"}, {"~6#", "16#ff1"}, {"~5#", "16#ff1"},
        {"~5#", " 2#-1"}, {"~5#", "-2#11"}, {"~4#", "2#1 "}, {"~*#~d", "3#12 4"}]),
    show(cont, io_lib:fread([], "1 2", "~d ~d")),
    {more, C1} = io_lib:fread([], "1 ", "~d ~d ~l"),
    show(c1, io_lib:fread(C1, "\n 2\nnext", "~d ~d ~l")),
    {more, C2} = io_lib:fread([], "1", "~d ~d"),
    show(c2, io_lib:fread(C2, eof, "~d ~d")),
    show(c3, io_lib:fread([], eof, "~d")),
    show(c4, io_lib:fread([], "x\ny\n", "~d")),
    show(c5, io_lib:fread([], "1\r\n", "~d")),
    show(c6, io_lib:fread([], "1 2\r\nz", "~d")),
    %% many lines before the field: a loop, not a call per line
    show(c7, element(2, io_lib:fread([], lists:duplicate(100000, $\n) ++ "5\n", "~d"))),
    %% an atom of more than 255 characters: list_to_atom's system_limit
    show(c8, io_lib:fread("~a", lists:duplicate(255, $b)) =:= {ok, [list_to_atom(lists:duplicate(255, $b))], []}),
    show(c9, limit(catch io_lib:fread("~a", lists:duplicate(256, $b)))),
    show(c10, limit(catch io_lib:fread([], lists:duplicate(300, $b) ++ "\n", "~a"))),
    File = "io_fread_input.txt",
    ok = file:write_file(File, "1 2\n3\n  4.5 five\nbad\n6 7\n8"),
    {ok, F} = file:open(File, [read]),
    [show(I, io:fread(F, "", Fmt)) || {I, Fmt} <- lists:zip(lists:seq(1, 8),
        ["~d", "~d", "~d~f", "~a", "~d", "~d~l", "~d ~d", "~d"])],
    ok = file:close(F),
    %% the same over a file: {error, fread}, and the file's server stops
    ok = file:write_file(File, [lists:duplicate(300, $b), "\nnext\n"]),
    {ok, F2} = file:open(File, [read]),
    show(f1, io:fread(F2, "", "~a")),
    show(f2, io:get_line(F2, "")),
    ok = file:delete(File).

%% The reason and the frames below list_to_atom's (its argument is long).
limit({'EXIT', {Reason, [{erlang, list_to_atom, [Arg], _} | Callers]}}) -> {Reason, length(Arg), Callers};
limit(Other) -> Other.

show(Label, R) -> io:format("~p: ~p~n", [Label, R]).
