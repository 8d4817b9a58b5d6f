-module(base64_module).
-export([main/0]).

%% base64: encoding and decoding binaries and strings, padding, whitespace,
%% mime_decode's leniency, and that malformed input fails.

p(X) -> io:format("~p~n", [X]).

class(F) ->
    try F() of
        V -> {ok, V}
    catch
        C:_ -> C
    end.

%% The reason and the failing frame (with its line in base64.erl).
reason(F) ->
    try F() of
        V -> {ok, V}
    catch
        C:R:St -> {C, R, hd(St)}
    end.

main() ->
    Inputs = [<<>>, <<"f">>, <<"fo">>, <<"foo">>, <<"foob">>, <<"fooba">>, <<"foobar">>,
              <<0, 255, 254, 1, 128>>, list_to_binary(lists:seq(0, 255))],
    [p(base64:encode(I)) || I <- Inputs],
    [p(base64:encode_to_string(I)) || I <- Inputs],
    [p(base64:decode(base64:encode(I)) =:= I) || I <- Inputs],
    [p(base64:mime_decode(base64:encode(I)) =:= I) || I <- Inputs],
    p(base64:encode("hello")),
    p(base64:encode_to_string("hello")),
    p(base64:decode(<<"aGVsbG8=">>)),
    p(base64:decode("aGVsbG8=")),
    p(base64:decode(<<"aGVs\nbG8=\r\n">>)),
    p(base64:decode(<<" a G V s b A = = ">>)),
    p(base64:decode(<<"QR==">>)),
    p(base64:decode_to_string(<<"aGVsbA==">>)),
    p(base64:decode_to_string("aGVsbG8h")),
    p(base64:mime_decode(<<"aGV sbG8=%%">>)),
    p(base64:mime_decode(<<"aG=Vs=bG8=">>)),
    p(base64:mime_decode(<<"aGVsbA==ex">>)),
    p(base64:mime_decode(<<"QQ=">>)),
    p(base64:mime_decode(<<"QUI=">>)),
    p(base64:mime_decode(<<"QUI=QUI=">>)),
    p(base64:mime_decode(<<0, "aGVsbG8=", 0>>)),
    p(base64:mime_decode("a\tGVs bG8=")),
    p(base64:mime_decode_to_string(<<"aGVs!bG8=">>)),
    p(class(fun() -> base64:mime_decode_to_string("aGVsbA") end)),
    p(class(fun() -> base64:decode(<<"aGVsbG8">>) end)),
    p(class(fun() -> base64:decode(<<"a!GV">>) end)),
    p(class(fun() -> base64:decode(<<"QQ==x">>) end)),
    p(class(fun() -> base64:decode(<<"QQ=A">>) end)),
    p(class(fun() -> base64:decode("QQ") end)),
    p(class(fun() -> base64:mime_decode(<<"QQ">>) end)),
    p(reason(fun() -> base64:decode(1) end)),
    p(reason(fun() -> base64:encode(1) end)),
    p(reason(fun() -> base64:mime_decode(a) end)),
    p(reason(fun() -> base64:encode_to_string(1.5) end)),
    p(reason(fun() -> base64:decode_to_string(x) end)),
    p(reason(fun() -> base64:mime_decode_to_string(1) end)),
    ok.
