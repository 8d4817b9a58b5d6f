-module(affine_cipher_tests).
-include_lib("eunit/include/eunit.hrl").

yes_test() -> ?assertEqual({ok, "xbt"}, affine_cipher:encode("yes", 5, 7)).
no_test() -> ?assertEqual({ok, "fu"}, affine_cipher:encode("no", 15, 18)).
omg_test() -> ?assertEqual({ok, "lvz"}, affine_cipher:encode("OMG", 21, 3)).
numbers_test() -> ?assertEqual({ok, "jqgjc rw123 jqgjc rw"}, affine_cipher:encode("Testing,1 2 3, testing.", 3, 4)).
coprime_test() -> ?assertMatch({error, _}, affine_cipher:encode("This is a test.", 6, 17)).
decode_test() -> ?assertEqual({ok, "exercism"}, affine_cipher:decode("tytgn fjr", 3, 7)).
decode_numbers_test() -> ?assertEqual({ok, "testing123testing"}, affine_cipher:decode("jqgjc rw123 jqgjc rw", 3, 4)).
