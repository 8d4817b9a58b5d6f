-module(isogram_tests).
-include_lib("eunit/include/eunit.hrl").

empty_test() -> ?assert(isogram:is_isogram("")).
lower_test() -> ?assert(isogram:is_isogram("isogram")).
duplicate_test() -> ?assertNot(isogram:is_isogram("eleven")).
mixed_case_test() -> ?assertNot(isogram:is_isogram("Alphabet")).
hyphen_test() -> ?assert(isogram:is_isogram("thumbscrew-japingly")).
spaces_test() -> ?assert(isogram:is_isogram("six-year-old")).
name_test() -> ?assert(isogram:is_isogram("Emily Jung Schwartzkopf")).
