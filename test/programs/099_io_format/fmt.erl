-module(fmt).
-export([main/0]).

main() ->
    io:format("~w ~p ~s~n", [atom, "string", "chars"]),
    io:format("[~10s] [~-10s] [~.3s]~n", ["right", "left", "truncate"]),
    io:format("[~5w] [~-5w] [~5.2.0w]~n", [42, 42, 7]),
    io:format("~.2f ~.3e ~g ~f~n", [3.14159, 31415.9, 0.5, 2.0]),
    io:format("~8.3f|~-8.2f|~n", [2.5, 1.0]),
    io:format("~b ~.16b ~.8B ~.16X ~#x~n", [10, 255, 64, 255, "0x", 255]),
    io:format("~c~c~c ~3c~n", [$a, $b, $c, $z]),
    io:format("~e~n", [12345.678]),
    io:format("~i~w~n", [ignored, shown]),
    io:format("~~ ~n"),
    io:format("~p~n", [[1, 2, 3]]),
    io:format("~p~n", [lists:seq(1, 40)]),
    io:format("~P~n", [lists:seq(1, 40), 8]),
    io:format("~W~n", [{a, [b, c, d, e]}, 3]),
    io:format("~tp~n", [<<"ümlaut"/utf8>>]),
    io:format("~p~n", [<<"ümlaut"/utf8>>]),
    io:format("~ts~n", ["日本語"]),
    io:format("~p~n", ["日本語"]),
    io:format("~tp~n", ["日本語"]),
    io:format("~s~n", [<<"binary string">>]),
    io:format("~s~n", [[104, [101, "ll"], $o]]),
    io:format("~p~n", [{deeply, [nested, {structure, #{with => "a map", and_a => <<"binary">>}}], 3.0e10}]),
    io:format("~w~n", [1.0e-10]),
    io:format("~p~n", [[0.1, 1.0e15, 1.0e16, 123456789.0, -0.0]]),
    ok.
