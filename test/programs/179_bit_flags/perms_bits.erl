-module(perms_bits).
-export([main/0]).

-define(READ, 4).
-define(WRITE, 2).
-define(EXEC, 1).

mode_string(Mode) ->
    lists:flatten([triple((Mode bsr Shift) band 7) || Shift <- [6, 3, 0]]).

triple(B) ->
    [flag(B, ?READ, $r), flag(B, ?WRITE, $w), flag(B, ?EXEC, $x)].

flag(B, F, C) when B band F =/= 0 -> C;
flag(_, _, _) -> $-.

parse(S) -> lists:foldl(fun(C, Acc) -> Acc * 2 + (case C of $- -> 0; _ -> 1 end) end, 0, S).

main() ->
    [io:format("~.8B ~s~n", [M, mode_string(M)]) || M <- [8#755, 8#644, 8#600, 8#777, 0]],
    io:format("~.8B~n", [parse("rwxr-x---")]),
    <<A:3, B:3, C:3>> = <<8#751:9>>,
    io:format("~w ~w ~w~n", [A, B, C]).
