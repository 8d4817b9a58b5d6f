-module(grains_tests).
-include_lib("eunit/include/eunit.hrl").

square_test_() ->
    [?_assertEqual(V, grains:square(N)) || {N, V} <- [{1, 1}, {2, 2}, {3, 4}, {4, 8}, {16, 32768},
                                                       {32, 2147483648}, {64, 9223372036854775808}]].
zero_test() -> ?assertMatch({error, _}, grains:square(0)).
over_test() -> ?assertMatch({error, _}, grains:square(65)).
total_test() -> ?assertEqual(18446744073709551615, grains:total()).
