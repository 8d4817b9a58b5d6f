-module(isbn_verifier_tests).
-include_lib("eunit/include/eunit.hrl").

valid_test() -> ?assert(isbn_verifier:is_valid("3-598-21508-8")).
invalid_check_test() -> ?assertNot(isbn_verifier:is_valid("3-598-21508-9")).
x_check_test() -> ?assert(isbn_verifier:is_valid("3-598-21507-X")).
x_middle_test() -> ?assertNot(isbn_verifier:is_valid("3-598-2X507-9")).
no_dashes_test() -> ?assert(isbn_verifier:is_valid("3598215088")).
too_short_test() -> ?assertNot(isbn_verifier:is_valid("3-598-21507")).
too_long_test() -> ?assertNot(isbn_verifier:is_valid("3-598-21507-XX")).
empty_test() -> ?assertNot(isbn_verifier:is_valid("")).
