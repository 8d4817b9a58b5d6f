%% base64: RFC 4648 Base 64 as OTP 25 has it. decode/1 accepts only the
%% alphabet, whitespace and final padding; mime_decode/1 skips any other
%% byte, and padding that is not at the end. Both read four characters
%% into three bytes, so input that stops mid-group without padding fails.
%% In Erlang because OTP's is plain Erlang too and speed hardly matters.
%% The -file lines give the exported functions the lines of OTP 25's
%% base64.erl, which the shell shows for a call with a wrong argument type.
-module(base64).
-export([encode/1, encode_to_string/1, decode/1, decode_to_string/1,
         mime_decode/1, mime_decode_to_string/1]).

-file("base64.erl", 42).
encode_to_string(Data) when is_binary(Data); is_list(Data) ->
    binary_to_list(encode(Data)).

-file("base64.erl", 51).
encode(Bin) when is_binary(Bin) -> enc(Bin, <<>>);
encode(List) when is_list(List) -> enc(list_to_binary(List), <<>>).

enc(<<A:6, B:6, C:6, D:6, Rest/binary>>, Acc) ->
    enc(Rest, <<Acc/binary, (e(A)), (e(B)), (e(C)), (e(D))>>);
enc(<<A:6, B:6, C:4>>, Acc) ->
    <<Acc/binary, (e(A)), (e(B)), (e(C bsl 2)), $=>>;
enc(<<A:6, B:2>>, Acc) ->
    <<Acc/binary, (e(A)), (e(B bsl 4)), $=, $=>>;
enc(<<>>, Acc) ->
    Acc.

e(X) when X < 26 -> $A + X;
e(X) when X < 52 -> $a + X - 26;
e(X) when X < 62 -> $0 + X - 52;
e(62) -> $+;
e(63) -> $/.

%% A character's 6-bit value, or ws, eq or bad.
d(C) when C >= $A, C =< $Z -> C - $A;
d(C) when C >= $a, C =< $z -> C - $a + 26;
d(C) when C >= $0, C =< $9 -> C - $0 + 52;
d($+) -> 62;
d($/) -> 63;
d($=) -> eq;
d(C) when C =:= $\s; C =:= $\t; C =:= $\r; C =:= $\n -> ws;
d(C) when is_integer(C), C >= 0, C =< 255 -> bad.

-file("base64.erl", 111).
decode(Data) when is_binary(Data); is_list(Data) ->
    dec(chars(Data), [], <<>>).

-file("base64.erl", 133).
decode_to_string(Data) when is_binary(Data); is_list(Data) ->
    binary_to_list(decode(Data)).

chars(Bin) when is_binary(Bin) -> binary_to_list(Bin);
chars(List) -> List.

%% Quad holds the values read so far in this group, last first.
dec([C | Cs], Quad, Acc) ->
    case {d(C), Quad} of
        {ws, _} -> dec(Cs, Quad, Acc);
        {eq, [B3, B2, B1]} -> only_ws(Cs, <<Acc/binary, B1:6, B2:6, (B3 bsr 2):4>>);
        {eq, [B2, B1]} -> dec_pad(Cs, <<Acc/binary, B1:6, (B2 bsr 4):2>>);
        {B4, [B3, B2, B1]} when is_integer(B4) ->
            dec(Cs, [], <<Acc/binary, B1:6, B2:6, B3:6, B4:6>>);
        {B, _} when is_integer(B), length(Quad) < 3 -> dec(Cs, [B | Quad], Acc)
    end;
dec([], [], Acc) ->
    Acc.

%% After "xx=", the second "=" must follow (whitespace allowed between).
dec_pad([C | Cs], Acc) ->
    case d(C) of
        ws -> dec_pad(Cs, Acc);
        eq -> only_ws(Cs, Acc)
    end.

only_ws([], Acc) -> Acc;
only_ws([C | Cs], Acc) ->
    ws = d(C),
    only_ws(Cs, Acc).

-file("base64.erl", 120).
mime_decode(Data) when is_binary(Data); is_list(Data) ->
    mime(chars(Data), [], <<>>).

-file("base64.erl", 142).
mime_decode_to_string(Data) when is_binary(Data); is_list(Data) ->
    binary_to_list(mime_decode(Data)).

mime([C | Cs], Quad, Acc) ->
    case d(C) of
        B4 when is_integer(B4), length(Quad) =:= 3 ->
            [B3, B2, B1] = Quad,
            mime(Cs, [], <<Acc/binary, B1:6, B2:6, B3:6, B4:6>>);
        B when is_integer(B) -> mime(Cs, [B | Quad], Acc);
        eq when length(Quad) >= 2 -> mime_eq(Cs, Quad, Acc);
        _ -> mime(Cs, Quad, Acc)
    end;
mime([], [], Acc) ->
    Acc.

%% Padding seen in a group of two or three: more data means the padding
%% was noise; the end of input ends the group.
mime_eq([C | Cs], Quad, Acc) ->
    case d(C) of
        B when is_integer(B), length(Quad) =:= 2 -> mime(Cs, [B | Quad], Acc);
        B when is_integer(B) ->
            [B3, B2, B1] = Quad,
            mime(Cs, [], <<Acc/binary, B1:6, B2:6, B3:6, B:6>>);
        _ -> mime_eq(Cs, Quad, Acc)
    end;
mime_eq([], [B2, B1], Acc) ->
    <<Acc/binary, B1:6, (B2 bsr 4):2>>;
mime_eq([], [B3, B2, B1], Acc) ->
    <<Acc/binary, B1:6, B2:6, (B3 bsr 2):4>>.
