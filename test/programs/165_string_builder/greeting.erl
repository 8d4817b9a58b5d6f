-module(greeting).
-export([main/0]).

greet(Name, Hour) when Hour < 12 -> ["Good morning, ", Name, "!"];
greet(Name, Hour) when Hour < 18 -> ["Good afternoon, ", Name, "!"];
greet(Name, _) -> ["Good evening, ", Name, "!"].

banner(Text) ->
    Line = lists:duplicate(length(Text) + 4, $*),
    [Line, $\n, "* ", Text, " *", $\n, Line].

main() ->
    [io:format("~s~n", [greet(N, H)]) || {N, H} <- [{"Ada", 9}, {"Grace", 14}, {<<"Linus">>, 21}]],
    io:format("~s~n", [banner("Erlang")]),
    IoList = ["a", [$b, <<"c">>], [[["d"]]]],
    io:format("~s ~w~n", [IoList, iolist_size(IoList)]),
    io:format("~p~n", [lists:flatten(io_lib:format("~3..0w|~-5s|~5s", [7, "ab", "cd"]))]),
    io:format("~ts~n", [unicode:characters_to_list(["naïve ", <<"café"/utf8>>])]).
