-module(luhn_tests).
-include_lib("eunit/include/eunit.hrl").

single_digit_test() -> ?assertNot(luhn:valid("1")).
single_zero_test() -> ?assertNot(luhn:valid("0")).
sin_test() -> ?assert(luhn:valid(" 5 9 ")).
canadian_test() -> ?assert(luhn:valid("046 454 286")).
invalid_canadian_test() -> ?assertNot(luhn:valid("046 454 287")).
credit_card_test() -> ?assertNot(luhn:valid("8273 1232 7352 0569")).
non_digit_test() -> ?assertNot(luhn:valid("055a 444 285")).
create_test() -> ?assertEqual("1230", luhn:create("123")).
create_big_test() -> ?assertEqual("8739567", luhn:create("873956")).
