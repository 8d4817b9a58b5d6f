-module(atbash_cipher).
-export([encode/1, decode/1]).

decode(S) -> [swap(C) || C <- string:to_lower(S), is_alnum(C)].

encode(S) -> string:join(chunks(decode(S)), " ").

swap(C) when C >= $a, C =< $z -> $z - C + $a;
swap(C) -> C.

is_alnum(C) -> (C >= $a andalso C =< $z) orelse (C >= $0 andalso C =< $9).

chunks(L) when length(L) =< 5 -> [L];
chunks(L) -> {H, T} = lists:split(5, L), [H | chunks(T)].
