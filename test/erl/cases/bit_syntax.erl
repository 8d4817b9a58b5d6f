-module(bit_syntax).
-export([main/0]).

%% Bit syntax: sizes, endianness, signedness, floats, binary/bits tails,
%% utf8/16/32, sizes from earlier bindings, construction from variables.
main() ->
    io:format("~p~n", [<<1, 2, 3>>]),
    io:format("~p~n", [<<256:16, 1:16/little, -1:8, -1:16/signed>>]),
    <<A:16/big, B:16/little, C:8/signed, D:8/unsigned>> = <<1, 2, 1, 2, 255, 255>>,
    io:format("~p~n", [{A, B, C, D}]),
    <<S1:4/signed, S2:4>> = <<16#F7>>,
    io:format("~p~n", [{S1, S2}]),
    io:format("~p~n", [<<1:1, 0:1, 1:1>>]),
    io:format("~p~n", [bit_size(<<1:1, 0:1, 1:1>>)]),
    io:format("~p~n", [<<5:3, 2:5, 7:4>>]),
    %% floats
    <<F32:32/float, F64:64/float, FL:64/little-float>> = <<1.5:32/float, 2.25:64/float, -0.5:64/little-float>>,
    io:format("~p~n", [{F32, F64, FL}]),
    io:format("~p~n", [<<3.14:64/float>>]),
    io:format("~p~n", [<<1.0:32/float>>]),
    %% binary and bits tails
    <<Head:2/binary, Rest/binary>> = <<"hello">>,
    io:format("~p~n", [{Head, Rest}]),
    <<Bit:1, Bits/bits>> = <<2#10100000, 1>>,
    io:format("~p~n", [{Bit, Bits, bit_size(Bits)}]),
    %% size from an earlier binding
    Packet = <<3, "abc", "rest">>,
    <<Len:8, Payload:Len/binary, Trailer/binary>> = Packet,
    io:format("~p~n", [{Len, Payload, Trailer}]),
    %% size expressions
    N = 2,
    <<X:(N * 8)>> = <<1, 0>>,
    io:format("~p~n", [X]),
    %% construction from variables
    V1 = 1, V2 = <<"two">>, V3 = 3.0,
    io:format("~p~n", [<<V1:8, V2/binary, V3/float>>]),
    io:format("~p~n", [<<V1:N/unit:8>>]),
    %% utf8, utf16, utf32
    io:format("~p~n", [<<"λx"/utf8>>]),
    io:format("~p~n", [<<955/utf8, 955/utf16, 955/utf32, 955/utf16-little>>]),
    <<U1/utf8, U2/utf16, U3/utf32>> = <<8364/utf8, 8364/utf16, 8364/utf32>>,
    io:format("~p~n", [{U1, U2, U3}]),
    io:format("~p~n", [<<128512/utf8>>]),
    io:format("~p~n", [<<128512/utf16>>]),
    %% integer overflow wraps to the segment size
    io:format("~p~n", [<<300:8, -1:4, 65537:16>>]),
    %% big integers in segments
    io:format("~p~n", [<<(1 bsl 70):72>>]),
    <<Big:72>> = <<(1 bsl 70):72>>,
    io:format("~p~n", [Big]),
    %% matching in function heads
    io:format("~p~n", [[parse(P) || P <- [<<1, 0, 5>>, <<2, "hi">>, <<3>>, <<>>]]]),
    %% binary functions
    io:format("~p~n", [{byte_size(<<1, 2, 3>>), bit_size(<<1:12>>), binary_to_list(<<"abc">>), list_to_binary([1, [2, <<3>>], "x"])}]),
    io:format("~p~n", [{split_binary(<<"abcdef">>, 2), binary_part(<<"abcdef">>, {1, 3}), iolist_to_binary(["a", <<"b">>, $c])}]),
    io:format("~p~n", [term_to_binary({a, 1, "x"})]),
    io:format("~p~n", [binary_to_term(term_to_binary({a, [1.5, <<"b">>], #{k => v}}))]),
    %% unit and size in binary segments
    <<Two:2/binary-unit:8, _/binary>> = <<"xyz">>,
    io:format("~p~n", [Two]),
    %% default sizes
    io:format("~p~n", [<<1.5/float>>]),
    %% bitstring printing
    io:format("~p~n", [<<"abc", 1:3>>]),
    %% bitstring comparisons
    io:format("~p~n", [{<<1>> < <<1, 0>>, <<2>> > <<1, 255>>, <<1:1>> < <<1>>}]),
    ok.

parse(<<1, Len:16>>) -> {type1, Len};
parse(<<2, Str/binary>>) -> {type2, Str};
parse(<<T>>) -> {bare, T};
parse(<<>>) -> empty.
