-module(utf).
-export([main/0]).

main() ->
    S = "Grüße, 世界!",
    B = unicode:characters_to_binary(S),
    io:format("~w chars, ~w bytes~n", [length(S), byte_size(B)]),
    io:format("~w~n", [[C || <<C/utf8>> <= B]]),
    io:format("~ts~n", [B]),
    io:format("~ts~n", [string:uppercase(S)]),
    io:format("~w~n", [<<"é"/utf8>>]),
    io:format("~w~n", [<<"é"/utf16>>]),
    io:format("~w~n", [unicode:characters_to_list(<<0, 104, 0, 105>>, utf16)]),
    <<First/utf8, _/binary>> = B,
    io:format("~c ~w~n", [First, First]),
    io:format("~p~n", [io_lib:printable_unicode_list(S)]),
    io:format("~tp~n", [S]),
    io:format("~w~n", [string:length(<<"e\x{301}"/utf8>>)]),
    io:format("~p~n", [unicode:characters_to_nfc_list([$e, 16#301])]).
