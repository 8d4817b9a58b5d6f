#!/usr/bin/env escript
%% Generates test/terms/bits_data.json: what real OTP builds and matches for
%% many bit-syntax segment combinations.
%% Run: escript test/terms/gen_bits_data.escript > test/terms/bits_data.json
-mode(compile).

main(_) ->
    Build = build_cases(),
    Match = match_cases(),
    io:format("{\"build\": [~n~s~n],~n \"match\": [~n~s~n]}~n",
              [lists:join(",\n", Build), lists:join(",\n", Match)]).

%% Segments: {int, V, Size, Endian} | {float, V, Size, Endian} | {bits, Bin, Size|all}
%%         | {utf8, Cp} | {utf16, Cp, Endian} | {utf32, Cp, Endian}
build_cases() ->
    Ints = [0, 1, -1, 5, -5, 255, 256, 16#1234, -16#1234, 16#7fffffff, -16#80000000,
            16#ffffffff, 1 bsl 40, -(1 bsl 40) + 3, 1 bsl 53 + 1, -(1 bsl 60), 1 bsl 70 + 12345,
            123456789012345678901234567890],
    Sizes = [1, 3, 7, 8, 9, 12, 13, 16, 17, 24, 31, 32, 33, 40, 48, 53, 63, 64, 65, 72, 100],
    IntCases = [[{int, V, S, E}] || V <- Ints, S <- Sizes, E <- [big, little, native]],
    %% An unaligned prefix, then the same segments.
    Unaligned = [[{int, 5, 3, big}, {int, V, S, E}, {int, 1, 1, big}]
                 || V <- [16#1234, -7, 1 bsl 40 + 99], S <- [5, 8, 13, 16, 32, 41], E <- [big, little]],
    Floats = [[{float, V, S, E}] || V <- [0.0, -0.0, 1.5, -2.25, 3.141592653589793, 1.0e-5, 65504.0,
                                         65520.0, 1.0e-8, 6.0e-8, 1.0e300, 1.0e-40, 1.0e-310, 100000, 7],
                                   S <- [16, 32, 64], E <- [big, little]],
    UnalignedFloats = [[{int, 1, 1, big}, {float, 1.25, S, big}] || S <- [16, 32, 64]],
    Bins = [[{bits, <<1, 2, 3>>, all}], [{int, 1, 1, big}, {bits, <<255, 0, 171>>, all}],
            [{int, 3, 2, big}, {bits, <<1:1, 0:1, 1:1>>, all}, {bits, <<16#abcd:16>>, 12}],
            [{bits, <<1, 2, 3, 4>>, 16}, {int, 7, 3, big}, {bits, <<"hello">>, all}]],
    Utf = [[{utf8, C}] || C <- [0, $a, 127, 128, 2047, 2048, 16#ffff, 16#10000, 16#10ffff, 16#20ac]]
       ++ [[{utf16, C, E}] || C <- [$a, 16#20ac, 16#10000, 16#10ffff, 16#1f600], E <- [big, little]]
       ++ [[{utf32, C, E}] || C <- [$a, 16#10ffff], E <- [big, little]]
       ++ [[{int, 1, 3, big}, {utf8, 16#20ac}, {utf16, 16#1f600, little}]],
    Errors = [[{int, a, 8, big}], [{int, 1.5, 8, big}], [{int, 1, -1, big}], [{int, 1, a, big}],
              [{int, 1, 8, big}, {float, a, 64, big}], [{float, 1.0, 24, big}],
              [{float, 1 bsl 1024, 64, big}], [{bits, <<1:3>>, all8}], [{bits, <<1, 2>>, 24}],
              [{bits, foo, all}], [{utf8, 16#d800}], [{utf8, -1}], [{utf16, 16#110000, big}],
              [{utf32, a, big}]],
    [build_entry(Segs) || Segs <- IntCases ++ Unaligned ++ Floats ++ UnalignedFloats ++ Bins ++ Utf ++ Errors].

build_entry(Segs) ->
    Result = try build(Segs, <<>>, 1) of
                 B -> io_lib:format("\"ok\": ~s", [bits_json(B)])
             catch error:Reason:Stack ->
                 [{_, _, _, Info} | _] = Stack,
                 Cause = case proplists:get_value(error_info, Info) of
                             #{cause := {Seg, Type, Err, _}} -> io_lib:format("[~p, \"~p\", \"~p\"]", [Seg, Type, Err]);
                             _ -> "null"
                         end,
                 io_lib:format("\"error\": \"~p\", \"cause\": ~s", [Reason, Cause])
             end,
    io_lib:format("  {\"segs\": ~s, ~s}", [segs_json(Segs), Result]).

build([], Acc, _) -> Acc;
build([Seg | Rest], Acc, N) -> build(Rest, <<Acc/bits, (seg(Seg))/bits>>, N + 1).

seg({int, V, S, big}) -> <<V:S/big>>;
seg({int, V, S, little}) -> <<V:S/little>>;
seg({int, V, S, native}) -> <<V:S/native>>;
seg({float, V, S, big}) -> <<V:S/float-big>>;
seg({float, V, S, little}) -> <<V:S/float-little>>;
seg({bits, B, all}) -> <<B/bits>>;
seg({bits, B, all8}) -> <<B/binary>>;
seg({bits, B, S}) -> <<B:S/bits>>;
seg({utf8, C}) -> <<C/utf8>>;
seg({utf16, C, big}) -> <<C/utf16-big>>;
seg({utf16, C, little}) -> <<C/utf16-little>>;
seg({utf32, C, big}) -> <<C/utf32-big>>;
seg({utf32, C, little}) -> <<C/utf32-little>>.

match_cases() ->
    B = <<16#9c, 16#35, 16#e1, 16#07, 16#ff, 16#00, 16#81, 16#42, 16#5a, 16#c3, 16#11, 16#fe,
          16#80, 16#01, 16#7f, 16#aa, 16#55, 16#3c>>,
    Sizes = [0, 1, 3, 7, 8, 9, 13, 16, 17, 24, 31, 32, 33, 47, 48, 53, 64, 65, 100],
    Ints = [match_int(B, Off, S, E, Sg) || Off <- [0, 1, 3, 8, 11, 16, 37], S <- Sizes,
                                           E <- [big, little], Sg <- [unsigned, signed]],
    FB = <<1:1, 3.5:64/float, 0:7, -1.5:32/float-little, 1.0:16/float, 16#7ff0000000000000:64, 16#7c00:16>>,
    Floats = [match_float(FB, Off, S, E) || {Off, S, E} <- [{1, 64, big}, {0, 64, big}, {72, 32, little},
                                                            {72, 32, big}, {104, 16, big}, {120, 64, big},
                                                            {184, 16, big}, {190, 16, big}, {150, 64, big}]],
    UB = <<"a", 16#e2, 16#82, 16#ac, 16#f0, 16#9f, 16#98, 16#80, 16#c0, 16#80, 16#ed, 16#a0, 16#80,
           16#f4, 16#90, 16#80, 16#80, 16#e2, 16#82>>,
    Utf8 = [match_utf(UB, Off, utf8, big) || Off <- [0, 8, 32, 64, 80, 104, 136, 1, 144]],
    U16 = <<16#d8, 16#3d, 16#de, 16#00, 16#00, 16#41, 16#dc, 16#00, 16#d8, 16#00, 16#00, 16#41>>,
    Utf16 = [match_utf(U16, Off, utf16, E) || Off <- [0, 16, 32, 48, 64, 80, 3], E <- [big, little]],
    U32 = <<0, 16#10, 16#ff, 16#ff, 0, 16#11, 0, 0, 0, 0, 16#d8, 0, 16#41, 0, 0, 0>>,
    Utf32 = [match_utf(U32, Off, utf32, E) || Off <- [0, 32, 64, 96, 4], E <- [big, little]],
    Subs = [match_bits(B, Off, S) || Off <- [0, 3, 8, 13], S <- [0, 5, 8, 16, 21, 64, rest]],
    Ints ++ Floats ++ Utf8 ++ Utf16 ++ Utf32 ++ Subs.

match_int(B, Off, S, E, Sg) ->
    R = case {E, Sg} of
            {big, unsigned} -> case B of <<_:Off, X:S/big-unsigned, _/bits>> -> {ok, X}; _ -> nomatch end;
            {big, signed} -> case B of <<_:Off, X:S/big-signed, _/bits>> -> {ok, X}; _ -> nomatch end;
            {little, unsigned} -> case B of <<_:Off, X:S/little-unsigned, _/bits>> -> {ok, X}; _ -> nomatch end;
            {little, signed} -> case B of <<_:Off, X:S/little-signed, _/bits>> -> {ok, X}; _ -> nomatch end
        end,
    io_lib:format("  {\"kind\": \"int\", \"bin\": ~s, \"off\": ~p, \"size\": ~p, \"endian\": \"~p\", \"signed\": ~p, \"result\": ~s}",
                  [bits_json(B), Off, S, E, Sg =:= signed, result_json(R)]).

match_float(B, Off, S, E) ->
    R = case E of
            big -> case B of <<_:Off, X:S/float-big, _/bits>> -> {ok, X}; _ -> nomatch end;
            little -> case B of <<_:Off, X:S/float-little, _/bits>> -> {ok, X}; _ -> nomatch end
        end,
    io_lib:format("  {\"kind\": \"float\", \"bin\": ~s, \"off\": ~p, \"size\": ~p, \"endian\": \"~p\", \"result\": ~s}",
                  [bits_json(B), Off, S, E, result_json(R)]).

match_utf(B, Off, T, E) ->
    R = case {T, E} of
            {utf8, _} -> case B of <<_:Off, X/utf8, Rest/bits>> -> {ok, {X, bit_size(B) - Off - bit_size(Rest)}}; _ -> nomatch end;
            {utf16, big} -> case B of <<_:Off, X/utf16-big, Rest/bits>> -> {ok, {X, bit_size(B) - Off - bit_size(Rest)}}; _ -> nomatch end;
            {utf16, little} -> case B of <<_:Off, X/utf16-little, Rest/bits>> -> {ok, {X, bit_size(B) - Off - bit_size(Rest)}}; _ -> nomatch end;
            {utf32, big} -> case B of <<_:Off, X/utf32-big, Rest/bits>> -> {ok, {X, bit_size(B) - Off - bit_size(Rest)}}; _ -> nomatch end;
            {utf32, little} -> case B of <<_:Off, X/utf32-little, Rest/bits>> -> {ok, {X, bit_size(B) - Off - bit_size(Rest)}}; _ -> nomatch end
        end,
    io_lib:format("  {\"kind\": \"~p\", \"bin\": ~s, \"off\": ~p, \"endian\": \"~p\", \"result\": ~s}",
                  [T, bits_json(B), Off, E, result_json(R)]).

match_bits(B, Off, rest) ->
    <<_:Off, X/bits>> = B,
    io_lib:format("  {\"kind\": \"bits\", \"bin\": ~s, \"off\": ~p, \"size\": \"all\", \"result\": ~s}",
                  [bits_json(B), Off, bits_json(X)]);
match_bits(B, Off, S) ->
    <<_:Off, X:S/bits, _/bits>> = B,
    io_lib:format("  {\"kind\": \"bits\", \"bin\": ~s, \"off\": ~p, \"size\": ~p, \"result\": ~s}",
                  [bits_json(B), Off, S, bits_json(X)]).

result_json(nomatch) -> "null";
result_json({ok, {Cp, Bits}}) -> io_lib:format("[~p, ~p]", [Cp, Bits]);
result_json({ok, X}) when is_integer(X) -> io_lib:format("\"~p\"", [X]);
result_json({ok, X}) when is_float(X) -> io_lib:format("\"~s\"", [float_hex(X)]).

%% Floats as their 64-bit pattern, so -0.0 and rounding are compared exactly.
float_hex(X) -> <<I:64>> = <<X:64/float>>, integer_to_list(I, 16).

bits_json(B) ->
    Pad = (8 - bit_size(B) rem 8) rem 8,
    Bytes = <<B/bits, 0:Pad>>,
    io_lib:format("{\"hex\": \"~s\", \"bits\": ~p}", [[io_lib:format("~2.16.0b", [X]) || <<X>> <= Bytes], bit_size(B)]).

segs_json(Segs) -> [$[, lists:join(", ", [seg_json(S) || S <- Segs]), $]].

seg_json({int, V, S, E}) -> io_lib:format("[\"int\", ~s, ~s, \"~p\"]", [val(V), val(S), E]);
seg_json({float, V, S, E}) -> io_lib:format("[\"float\", ~s, ~p, \"~p\"]", [val(V), S, E]);
seg_json({bits, B, S}) when is_bitstring(B) -> io_lib:format("[\"bits\", ~s, \"~p\"]", [bits_json(B), S]);
seg_json({bits, B, S}) -> io_lib:format("[\"bits\", ~s, \"~p\"]", [val(B), S]);
seg_json({utf8, C}) -> io_lib:format("[\"utf8\", ~s]", [val(C)]);
seg_json({T, C, E}) -> io_lib:format("[\"~p\", ~s, \"~p\"]", [T, val(C), E]).

%% Values: integers as strings (they may be big), floats tagged, atoms tagged.
val(V) when is_integer(V) -> io_lib:format("{\"i\": \"~p\"}", [V]);
val(V) when is_float(V) -> io_lib:format("{\"f\": \"~s\"}", [float_hex(V)]);
val(V) when is_atom(V) -> io_lib:format("{\"a\": \"~p\"}", [V]).
