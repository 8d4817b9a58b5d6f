-module(rotational_cipher_tests).
-include_lib("eunit/include/eunit.hrl").

rot0_test() -> ?assertEqual("a", rotational_cipher:encrypt("a", 0)).
rot1_test() -> ?assertEqual("b", rotational_cipher:encrypt("a", 1)).
rot26_test() -> ?assertEqual("a", rotational_cipher:encrypt("a", 26)).
wrap_test() -> ?assertEqual("a", rotational_cipher:encrypt("n", 13)).
caps_test() -> ?assertEqual("TRL", rotational_cipher:encrypt("OMG", 5)).
spaces_test() -> ?assertEqual("T R L", rotational_cipher:encrypt("O M G", 5)).
sentence_test() ->
    ?assertEqual("Gur dhvpx oebja sbk whzcf bire gur ynml qbt.",
                 rotational_cipher:encrypt("The quick brown fox jumps over the lazy dog.", 13)).
decrypt_test() -> ?assertEqual("Hello", rotational_cipher:decrypt(rotational_cipher:encrypt("Hello", 7), 7)).
