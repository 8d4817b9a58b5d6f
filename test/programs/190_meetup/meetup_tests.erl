-module(meetup_tests).
-include_lib("eunit/include/eunit.hrl").

teenth_test() -> ?assertEqual({2013, 5, 13}, meetup:meetup(2013, 5, monday, teenth)).
teenth_sat_test() -> ?assertEqual({2013, 2, 16}, meetup:meetup(2013, 2, saturday, teenth)).
first_test() -> ?assertEqual({2013, 3, 4}, meetup:meetup(2013, 3, monday, first)).
second_test() -> ?assertEqual({2013, 4, 9}, meetup:meetup(2013, 4, tuesday, second)).
last_test() -> ?assertEqual({2013, 2, 28}, meetup:meetup(2013, 2, thursday, last)).
leap_last_test() -> ?assertEqual({2012, 2, 29}, meetup:meetup(2012, 2, wednesday, last)).
fourth_test() -> ?assertEqual({2013, 10, 25}, meetup:meetup(2013, 10, friday, fourth)).
