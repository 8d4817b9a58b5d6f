-module(phone_number_tests).
-include_lib("eunit/include/eunit.hrl").

clean_test() -> ?assertEqual("2234567890", phone_number:number("(223) 456-7890")).
dots_test() -> ?assertEqual("2234567890", phone_number:number("223.456.7890")).
country_code_test() -> ?assertEqual("2234567890", phone_number:number("12234567890")).
bad_country_test() -> ?assertEqual("0000000000", phone_number:number("22234567890")).
short_test() -> ?assertEqual("0000000000", phone_number:number("123456789")).
area_zero_test() -> ?assertEqual("0000000000", phone_number:number("(023) 456-7890")).
areacode_test() -> ?assertEqual("223", phone_number:areacode("2234567890")).
pretty_test() -> ?assertEqual("(223) 456-7890", phone_number:pretty_print("12234567890")).
