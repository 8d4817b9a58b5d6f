-module(affine_cipher).
-export([encode/3, decode/3]).

encode(Text, A, B) ->
    case coprime(A) of
        false -> {error, "a and m must be coprime."};
        true ->
            Chars = [enc(C, A, B) || C <- string:to_lower(Text), is_alnum(C)],
            {ok, string:join(groups(Chars), " ")}
    end.

decode(Text, A, B) ->
    case coprime(A) of
        false -> {error, "a and m must be coprime."};
        true ->
            Inv = hd([X || X <- lists:seq(1, 25), (A * X) rem 26 =:= 1]),
            {ok, [dec(C, Inv, B) || C <- Text, C =/= $\s]}
    end.

enc(C, A, B) when C >= $a, C =< $z -> $a + (A * (C - $a) + B) rem 26;
enc(C, _, _) -> C.

dec(C, Inv, B) when C >= $a, C =< $z -> $a + ((Inv * (C - $a - B)) rem 26 + 26) rem 26;
dec(C, _, _) -> C.

coprime(A) -> gcd(A, 26) =:= 1.
gcd(A, 0) -> A;
gcd(A, B) -> gcd(B, A rem B).

is_alnum(C) -> (C >= $a andalso C =< $z) orelse (C >= $0 andalso C =< $9).

groups(L) when length(L) =< 5 -> [L];
groups(L) -> {H, T} = lists:split(5, L), [H | groups(T)].
