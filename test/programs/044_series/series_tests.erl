-module(series_tests).
-include_lib("eunit/include/eunit.hrl").

one_test() -> ?assertEqual(["1"], series:from_string(1, "1")).
two_test() -> ?assertEqual(["35"], series:from_string(2, "35")).
many_test() -> ?assertEqual(["918", "182", "824", "249", "493"], series:from_string(3, "9182493")).
too_long_test() -> ?assertError(badarg, series:from_string(6, "12345")).
product_test() -> ?assertEqual(72, series:largest_product("0123456789", 2)).
product_big_test() -> ?assertEqual(23520, series:largest_product("73167176531330624919225119674426574742355349194934", 6)).
