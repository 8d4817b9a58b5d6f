-module(bits).
-export([main/0]).

%% Packing RGB565 colours and reading variable-length integers.
rgb565({R, G, B}) -> <<(R bsr 3):5, (G bsr 2):6, (B bsr 3):5>>.

unpack(<<R:5, G:6, B:5>>) -> {R bsl 3, G bsl 2, B bsl 3}.

varint(N) when N < 128 -> <<N>>;
varint(N) -> <<1:1, (N band 127):7, (varint(N bsr 7))/binary>>.

unvarint(<<0:1, N:7, Rest/binary>>) -> {N, Rest};
unvarint(<<1:1, N:7, Rest/binary>>) -> {M, R} = unvarint(Rest), {N + (M bsl 7), R}.

main() ->
    C = rgb565({255, 128, 64}),
    io:format("~w -> ~w~n", [C, unpack(C)]),
    [begin
         V = varint(N),
         {Back, <<>>} = unvarint(V),
         io:format("~w: ~w ~w~n", [N, V, Back])
     end || N <- [0, 1, 127, 128, 300, 16384, 123456789]],
    Bits = <<1:1, 0:1, 1:1>>,
    io:format("~p ~w ~w~n", [Bits, bit_size(Bits), is_bitstring(Bits)]),
    io:format("~p~n", [<<Bits/bitstring, 31:5>>]),
    <<Sign:1/signed, _/bitstring>> = <<255>>,
    io:format("~w~n", [Sign]),
    io:format("~w ~w~n", [<<-1:16/signed-little>>, <<1:16/little, 1:16/big>>]),
    <<F:64/float>> = <<64, 9, 33, 251, 84, 68, 45, 24>>,
    io:format("~w~n", [F]),
    io:format("~w~n", [<<3.5:32/float>>]).
