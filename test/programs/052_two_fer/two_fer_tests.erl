-module(two_fer_tests).
-include_lib("eunit/include/eunit.hrl").

no_name_test() -> ?assertEqual("One for you, one for me.", two_fer:two_fer()).
alice_test() -> ?assertEqual("One for Alice, one for me.", two_fer:two_fer("Alice")).
bob_test() -> ?assertEqual("One for Bob, one for me.", two_fer:two_fer("Bob")).
