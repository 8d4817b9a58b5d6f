-module(fileio).
-export([main/0]).

main() ->
    ok = file:write_file("notes.txt", "first line\nsecond line\nthird line\n"),
    {ok, Bin} = file:read_file("notes.txt"),
    io:format("~p~n", [Bin]),
    Lines = binary:split(Bin, <<"\n">>, [global, trim]),
    io:format("~w lines~n", [length(Lines)]),
    {ok, F} = file:open("notes.txt", [append]),
    io:format(F, "~s ~w~n", ["appended", 4]),
    ok = file:close(F),
    {ok, R} = file:open("notes.txt", [read]),
    print_lines(R, 1),
    ok = file:close(R),
    io:format("~p~n", [file:read_file("missing.txt")]),
    ok = file:write_file("data.term", io_lib:format("~p.~n~p.~n", [{config, [{port, 8080}]}, done])),
    io:format("~p~n", [file:consult("data.term")]),
    ok = file:delete("notes.txt"),
    io:format("~p~n", [filelib:is_file("notes.txt")]),
    io:format("~p~n", [filename:join(["a", "b", "c.erl"])]),
    io:format("~p~n", [{filename:basename("/x/y/z.txt"), filename:extension("z.tar.gz"), filename:rootname("z.erl")}]),
    io:format("~p~n", [filename:dirname("/usr/lib/erl")]).

print_lines(Dev, N) ->
    case io:get_line(Dev, "") of
        eof -> ok;
        Line -> io:format("~w: ~s", [N, Line]), print_lines(Dev, N + 1)
    end.
