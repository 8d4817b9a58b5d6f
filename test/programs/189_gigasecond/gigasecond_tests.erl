-module(gigasecond_tests).
-include_lib("eunit/include/eunit.hrl").

date_only_test() -> ?assertEqual({{2043, 1, 1}, {1, 46, 40}}, gigasecond:from({2011, 4, 25})).
second_test() -> ?assertEqual({{2009, 2, 19}, {1, 46, 40}}, gigasecond:from({1977, 6, 13})).
third_test() -> ?assertEqual({{1991, 3, 27}, {1, 46, 40}}, gigasecond:from({1959, 7, 19})).
full_time_test() -> ?assertEqual({{2046, 10, 2}, {23, 46, 40}}, gigasecond:from({{2015, 1, 24}, {22, 0, 0}})).
rollover_test() -> ?assertEqual({{2046, 10, 3}, {1, 46, 39}}, gigasecond:from({{2015, 1, 24}, {23, 59, 59}})).
