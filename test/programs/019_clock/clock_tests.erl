-module(clock_tests).
-include_lib("eunit/include/eunit.hrl").

create_test_() ->
    [?_assertEqual(S, clock:to_string(clock:create(H, M))) ||
        {H, M, S} <- [{8, 0, "08:00"}, {11, 9, "11:09"}, {24, 0, "00:00"}, {25, 0, "01:00"},
                      {100, 0, "04:00"}, {1, 60, "02:00"}, {0, 160, "02:40"}, {-1, 15, "23:15"},
                      {-25, 0, "23:00"}, {1, -40, "00:20"}, {-121, -5810, "22:10"}]].
add_test() -> ?assertEqual("10:03", clock:to_string(clock:minutes_add(clock:create(10, 0), 3))).
wrap_test() -> ?assertEqual("00:01", clock:to_string(clock:minutes_add(clock:create(23, 59), 2))).
subtract_test() -> ?assertEqual("23:59", clock:to_string(clock:minutes_add(clock:create(0, 0), -1))).
equal_test() -> ?assert(clock:is_equal(clock:create(15, 37), clock:create(15, 37))).
equal_wrap_test() -> ?assert(clock:is_equal(clock:create(10, 37), clock:create(34, 37))).
