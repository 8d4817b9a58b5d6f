-module(bsfail).
-export([int/1, int16/1, float/1, bin/1, utf8/1, utf16/1, utf32/1,
         isize/1, usize/1, bsize/1, fsize/1, short/1,
         three/1, two/2, str/1, cat/2, cat3/3, byte/2, big/1, bigbin/1,
         caught/2]).

int(X) -> <<X>>.
int16(X) -> <<X:16/little-signed>>.
float(X) -> <<X/float>>.
bin(X) -> <<X/binary>>.
utf8(X) -> <<X/utf8>>.
utf16(X) -> <<X/little-utf16>>.
utf32(X) -> <<X/utf32>>.
isize(S) -> <<1:S>>.
usize(S) -> <<1:S/unit:8>>.
bsize(S) -> <<<<1,2,3>>:S/binary>>.
fsize(S) -> <<1.0:S/float>>.
short(B) -> <<B:4/binary>>.
three(X) -> <<1, X/binary, 2>>.
two(X, Y) -> <<X:8, Y/binary>>.
str(X) -> <<"abc", X/binary>>.
cat(A, B) -> <<A/binary, B/binary>>.
cat3(A, B, C) -> <<A/binary, B/binary, C>>.
byte(X, B) -> <<X, B/binary>>.
big(X) -> <<X:32/float>>.
bigbin(S) -> <<0:S, 1:S>>.

caught(F, Args) ->
    try apply(?MODULE, F, Args)
    catch C:R:S -> io:format("~p~n", [{C, R, hd(S)}])
    end.
