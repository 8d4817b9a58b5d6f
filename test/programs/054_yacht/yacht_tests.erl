-module(yacht_tests).
-include_lib("eunit/include/eunit.hrl").

yacht_test_() ->
    [?_assertEqual(S, yacht:score(D, C)) ||
        {D, C, S} <- [{[5, 5, 5, 5, 5], yacht, 50}, {[1, 3, 3, 2, 5], yacht, 0}, {[3, 3, 3, 3, 3], ones, 0},
                      {[1, 1, 1, 3, 5], ones, 3}, {[2, 3, 4, 5, 6], twos, 2}, {[4, 4, 4, 4, 4], fours, 20},
                      {[2, 2, 4, 4, 4], full_house, 16}, {[2, 2, 4, 4, 5], full_house, 0},
                      {[4, 4, 4, 4, 4], full_house, 0}, {[6, 6, 4, 6, 6], four_of_a_kind, 24},
                      {[3, 3, 3, 3, 3], four_of_a_kind, 12}, {[3, 5, 4, 1, 2], little_straight, 30},
                      {[1, 1, 2, 3, 4], little_straight, 0}, {[4, 6, 2, 5, 3], big_straight, 30},
                      {[3, 3, 5, 6, 5], choice, 22}]].
