-module(digests).
-export([main/0]).

%% Digests and checksums on fixed inputs: crypto:hash/2 and the hash
%% states, HMAC through crypto:mac/4, erlang:md5 and its contexts, crc32,
%% adler32, and the crypto byte utilities.

p(X) -> io:format("~p~n", [X]).

err(F) ->
    try F() of
        V -> {ok, V}
    catch
        C:R:St -> {C, R, top(St)}
    end.

top([{M, F, A, _} | _]) when is_list(A) -> {M, F, length(A)};
top([{M, F, A, _} | _]) -> {M, F, A};
top(_) -> none.

main() ->
    Data = [<<>>, <<"abc">>, <<"The quick brown fox jumps over the lazy dog">>,
            binary:copy(<<"0123456789">>, 30)],
    Algs = [md5, sha, sha224, sha256, sha384, sha512, sha3_224, sha3_256, sha3_384,
            sha3_512, blake2b, blake2s, ripemd160],
    [p({A, binary:encode_hex(crypto:hash(A, D))}) || A <- Algs, D <- Data],
    p(crypto:hash(sha256, ["ab", [$c], <<>>])),
    S0 = crypto:hash_init(sha256),
    S1 = crypto:hash_update(S0, <<"ab">>),
    S2 = crypto:hash_update(S1, "c"),
    p(crypto:hash_final(S2) =:= crypto:hash(sha256, <<"abc">>)),
    p(crypto:hash_final(S1) =:= crypto:hash(sha256, <<"ab">>)),
    p(crypto:hash_final(S0) =:= crypto:hash(sha256, <<>>)),
    p(crypto:hash_final(S2) =:= crypto:hash_final(S2)),
    p(is_reference(S0)),
    [p({H, binary:encode_hex(crypto:mac(hmac, H, <<"key">>, <<"The quick brown fox">>))})
     || H <- [md5, sha, sha224, sha256, sha384, sha512, sha3_256, blake2b, blake2s]],
    p(crypto:mac(hmac, sha256, [<<"k">>, "ey"], [<<"d">>])),
    p(crypto:mac(hmac, sha, binary:copy(<<"k">>, 100), <<>>)),
    p(crypto:macN(hmac, sha256, <<"k">>, <<"d">>, 4)),
    p(crypto:exor(<<1, 2, 255>>, <<3, 4, 15>>)),
    p(crypto:exor("ab", [<<"c">>, $d])),
    p(crypto:bytes_to_integer(<<1, 2>>)),
    p(crypto:bytes_to_integer(<<1, 0, 0, 0, 0, 0, 0, 0, 0, 0>>)),
    p(byte_size(crypto:strong_rand_bytes(16))),
    p(crypto:strong_rand_bytes(0)),
    p(lists:member(sha256, crypto:supports(hashs))),
    p(lists:member(hmac, proplists:get_value(macs, crypto:supports()))),
    p(crypto:hash_equals(<<"ab">>, <<"ab">>)),
    p(crypto:hash_equals(<<"ab">>, <<"ac">>)),
    [p(erlang:md5(D)) || D <- Data],
    p(erlang:md5(["a", [<<"b">>], $c])),
    C0 = erlang:md5_init(),
    p(byte_size(C0)),
    p(binary:part(C0, 0, 24)),
    C1 = erlang:md5_update(C0, <<"ab">>),
    p(binary:part(C1, 0, 26)),
    C2 = erlang:md5_update(C1, "c"),
    p(erlang:md5_final(C2) =:= erlang:md5(<<"abc">>)),
    Long = binary:copy(<<"xyz">>, 50),
    C3 = erlang:md5_update(erlang:md5_update(C0, binary:part(Long, 0, 70)), binary:part(Long, 70, 80)),
    p(binary:part(C3, 0, 24)),
    p(erlang:md5_final(C3) =:= erlang:md5(Long)),
    [p({erlang:crc32(D), erlang:adler32(D)}) || D <- Data],
    p(erlang:crc32(["ab", <<"c">>])),
    p(erlang:crc32(erlang:crc32(<<"ab">>), <<"c">>) =:= erlang:crc32(<<"abc">>)),
    p(erlang:adler32(erlang:adler32(<<"ab">>), <<"c">>) =:= erlang:adler32(<<"abc">>)),
    p(erlang:crc32(16#ffffffff, <<"x">>)),
    p(erlang:adler32(16#ffffffff, <<"x">>)),
    %% bad calls
    p(err(fun() -> crypto:hash(foo, <<>>) end)),
    p(err(fun() -> crypto:hash(sha256, 1) end)),
    p(err(fun() -> crypto:hash_init(foo) end)),
    p(err(fun() -> crypto:mac(hmac, foo, <<"k">>, <<"d">>) end)),
    p(err(fun() -> crypto:exor(<<1, 2>>, <<3>>) end)),
    p(err(fun() -> erlang:md5(1) end)),
    p(err(fun() -> erlang:md5_update(a, <<>>) end)),
    p(err(fun() -> erlang:md5_update(erlang:md5_init(), a) end)),
    p(err(fun() -> erlang:md5_final(<<1, 2>>) end)),
    p(err(fun() -> erlang:crc32(a) end)),
    p(err(fun() -> erlang:crc32(-1, <<"abc">>) end)),
    p(err(fun() -> erlang:crc32(1 bsl 32, <<"abc">>) end)),
    p(err(fun() -> erlang:adler32(foo, <<"a">>) end)),
    p(err(fun() -> erlang:adler32(1, foo) end)),
    ok.
