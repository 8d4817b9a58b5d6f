-module(sum_of_multiples_tests).
-include_lib("eunit/include/eunit.hrl").

sum_test_() ->
    [?_assertEqual(S, sum_of_multiples:sum(F, L)) ||
        {F, L, S} <- [{[3, 5], 1, 0}, {[3, 5], 4, 3}, {[3, 5], 10, 23}, {[3, 5], 100, 2318},
                      {[3, 5], 1000, 233168}, {[7, 13, 17], 20, 51}, {[4, 6], 15, 30},
                      {[5, 6, 8], 150, 4419}, {[43, 47], 10000, 2203160}, {[0], 1, 0}, {[], 10000, 0}]].
