-module(shutdown).
-export([main/0]).

main() ->
    Total = lists:sum(lists:seq(1, 10)),
    io:format("total ~w~n", [Total]),
    if Total > 50 -> halt(Total rem 256);
       true -> ok
    end.
