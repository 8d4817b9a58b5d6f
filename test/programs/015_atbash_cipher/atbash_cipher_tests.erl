-module(atbash_cipher_tests).
-include_lib("eunit/include/eunit.hrl").

yes_test() -> ?assertEqual("bvh", atbash_cipher:encode("yes")).
omg_test() -> ?assertEqual("lnt", atbash_cipher:encode("OMG")).
spaces_test() -> ?assertEqual("nrmwy oldrm tob", atbash_cipher:encode("mindblowingly")).
numbers_test() -> ?assertEqual("gvhgr mt123 gvhgr mt", atbash_cipher:encode("Testing,1 2 3, testing.")).
sentence_test() ->
    ?assertEqual("gsvjf rxpyi ldmul cqfnk hlevi gsvoz abwlt",
                 atbash_cipher:encode("The quick brown fox jumps over the lazy dog.")).
decode_test() -> ?assertEqual("exercism", atbash_cipher:decode("vcvix rhn")).
