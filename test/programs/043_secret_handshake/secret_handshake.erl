-module(secret_handshake).
-export([commands/1]).

commands(N) ->
    Actions = [A || {Bit, A} <- [{1, "wink"}, {2, "double blink"}, {4, "close your eyes"}, {8, "jump"}],
                    N band Bit =/= 0],
    case N band 16 of
        0 -> Actions;
        _ -> lists:reverse(Actions)
    end.
