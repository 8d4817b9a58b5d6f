-module(leap_tests).
-include_lib("eunit/include/eunit.hrl").

not_divisible_by_4_test() -> ?assertNot(leap:leap_year(2015)).
divisible_by_2_not_4_test() -> ?assertNot(leap:leap_year(1970)).
divisible_by_4_not_100_test() -> ?assert(leap:leap_year(1996)).
divisible_by_4_and_5_test() -> ?assert(leap:leap_year(1960)).
divisible_by_100_not_400_test() -> ?assertNot(leap:leap_year(2100)).
divisible_by_400_test() -> ?assert(leap:leap_year(2000)).
divisible_by_200_test() -> ?assertNot(leap:leap_year(1800)).
