-module(bits_fixed_integers).
-export([main/0]).

%% Unsigned big-endian integer segments of a literal size read in place
%% (rt.ubits in erlts, with short paths for 1, 8, 16 and 32 bits): every
%% size that has a path of its own and some that do not, at byte-aligned
%% and unaligned offsets, over sub-binaries that start inside a byte.
main() ->
    B = << <<(X * 7919 rem 256)>> || X <- lists:seq(1, 64) >>,
    <<_:3, Odd/bits>> = B,
    [io:format("~w~n", [[fields(Bin, Off) || Off <- [0, 1, 3, 7, 8, 9, 16, 24, 31]]]) || Bin <- [B, Odd]],
    io:format("~w~n", [[ones(B, 0), words(B, 0), halves(B, 0)]]).

fields(Bin, Off) ->
    <<_:Off, A:1, _/bits>> = Bin,
    <<_:Off, C:8, _/bits>> = Bin,
    <<_:Off, D:16, _/bits>> = Bin,
    <<_:Off, E:32, _/bits>> = Bin,
    <<_:Off, F:7, G:9, H:17, I:31, _/bits>> = Bin,
    <<_:Off, J:24, K:2, _/bits>> = Bin,
    {A, C, D, E, F, G, H, I, J, K}.

ones(<<B1:1, B2:1, B3:1, B4:1, B5:1, B6:1, B7:1, B8:1, Rest/binary>>, Acc) ->
    ones(Rest, Acc + B1 + B2 + B3 + B4 + B5 + B6 + B7 + B8);
ones(_, Acc) -> Acc.

words(<<W:32, Rest/binary>>, Acc) -> words(Rest, (Acc * 31 + W) rem 1000000007);
words(_, Acc) -> Acc.

halves(<<H:16, Rest/bits>>, Acc) -> halves(Rest, Acc bxor H);
halves(_, Acc) -> Acc.
