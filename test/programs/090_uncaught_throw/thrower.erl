-module(thrower).
-export([main/0]).

main() ->
    io:format("about to throw~n"),
    timer:sleep(100),
    throw({not_found, "config.txt"}).
