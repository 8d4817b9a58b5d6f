-module(crash).
-export([main/0, check/1]).

check(X) ->
    {ok, Value} = X,
    Value.

main() ->
    io:format("checking good value~n"),
    io:format("~p~n", [check({ok, 1})]),
    io:format("checking bad value~n"),
    %% erl prints the crash report at once, while io output may still be on
    %% its way: a pause keeps the order of the two fixed.
    timer:sleep(100),
    check(file:read_file("no_such_file.txt")),
    io:format("never printed~n").
