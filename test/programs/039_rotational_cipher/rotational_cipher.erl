-module(rotational_cipher).
-export([encrypt/2, decrypt/2]).

encrypt(Text, Key) -> [rot(C, Key) || C <- Text].
decrypt(Text, Key) -> encrypt(Text, 26 - Key).

rot(C, K) when C >= $a, C =< $z -> $a + (C - $a + K) rem 26;
rot(C, K) when C >= $A, C =< $Z -> $A + (C - $A + K) rem 26;
rot(C, _) -> C.
