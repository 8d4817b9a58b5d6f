-module(counter).
-export([main/0, start/0, incr/1, get/1, stop/1]).
-compile({no_auto_import, [get/1]}).

start() -> spawn(fun() -> loop(0) end).

incr(C) -> C ! incr, ok.
get(C) -> C ! {get, self()}, receive {count, N} -> N end.
stop(C) -> C ! stop, ok.

loop(N) ->
    receive
        incr -> loop(N + 1);
        {get, From} -> From ! {count, N}, loop(N);
        stop -> ok
    end.

main() ->
    C = start(),
    [incr(C) || _ <- lists:seq(1, 1000)],
    io:format("count: ~w~n", [get(C)]),
    Self = self(),
    [spawn(fun() -> [incr(C) || _ <- lists:seq(1, 100)], Self ! done end) || _ <- lists:seq(1, 10)],
    [receive done -> ok end || _ <- lists:seq(1, 10)],
    io:format("count: ~w~n", [get(C)]),
    stop(C).
