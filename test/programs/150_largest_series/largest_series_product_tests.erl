-module(largest_series_product_tests).
-include_lib("eunit/include/eunit.hrl").

two_test() -> ?assertEqual(72, largest_series_product:from_string("0123456789", 2)).
order_test() -> ?assertEqual(48, largest_series_product:from_string("576802143", 2)).
span_equal_test() -> ?assertEqual(18, largest_series_product:from_string("29", 2)).
five_test() -> ?assertEqual(7560, largest_series_product:from_string("99783", 5)).
zeros_test() -> ?assertEqual(0, largest_series_product:from_string("0000", 2)).
empty_zero_test() -> ?assertEqual(1, largest_series_product:from_string("", 0)).
too_long_test() -> ?assertMatch({error, _}, largest_series_product:from_string("123", 4)).
bad_digit_test() -> ?assertMatch({error, _}, largest_series_product:from_string("1234a5", 2)).
