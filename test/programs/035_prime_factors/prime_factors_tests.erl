-module(prime_factors_tests).
-include_lib("eunit/include/eunit.hrl").

factors_test_() ->
    [?_assertEqual(F, prime_factors:factors(N)) ||
        {N, F} <- [{1, []}, {2, [2]}, {9, [3, 3]}, {8, [2, 2, 2]}, {12, [2, 2, 3]},
                   {901255, [5, 17, 23, 461]}, {93819012551, [11, 9539, 894119]}]].
