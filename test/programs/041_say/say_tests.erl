-module(say_tests).
-include_lib("eunit/include/eunit.hrl").

say_test_() ->
    [?_assertEqual(S, say:say(N)) ||
        {N, S} <- [{0, "zero"}, {1, "one"}, {14, "fourteen"}, {20, "twenty"}, {22, "twenty-two"},
                   {100, "one hundred"}, {123, "one hundred twenty-three"}, {1000, "one thousand"},
                   {1234, "one thousand two hundred thirty-four"}, {1000000, "one million"},
                   {1002345, "one million two thousand three hundred forty-five"},
                   {1000000000, "one billion"},
                   {987654321123, "nine hundred eighty-seven billion six hundred fifty-four million "
                                  "three hundred twenty-one thousand one hundred twenty-three"}]].
negative_test() -> ?assertError(out_of_range, say:say(-1)).
too_big_test() -> ?assertError(out_of_range, say:say(1000000000000)).
