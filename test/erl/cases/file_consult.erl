-module(file_consult).
-export([main/0]).

%% file:consult/1 and io:read/2 on a file, with erl's errors and line numbers.
main() ->
    Cases = [{"ok.txt", "{a, 1}.\n\"str\".\n%% a comment\n[1, 2.5, <<\"b\">>, #{k => v}].\n"},
             {"empty.txt", ""},
             {"syntax.txt", "{a, 1}.\n{b,\n }}.\n"},
             {"notterm.txt", "{a, 1}.\nfoo(1).\n"},
             {"unended.txt", "{a, 1}.\n{b"},
             {"twoterms.txt", "error.\nfoo.\n"}],
    [begin
         ok = file:write_file(Name, Text),
         io:format("~s: ~p~n", [Name, file:consult(Name)])
     end || {Name, Text} <- Cases],
    io:format("~p~n", [file:consult("no_such_file.txt")]),
    {ok, Fd} = file:open("ok.txt", [read]),
    R1 = io:read(Fd, ''),
    R2 = io:read(Fd, ''),
    R3 = io:read(Fd, ''),
    R4 = io:read(Fd, ''),
    ok = file:close(Fd),
    io:format("~p~n~p~n~p~n~p~n", [R1, R2, R3, R4]).
