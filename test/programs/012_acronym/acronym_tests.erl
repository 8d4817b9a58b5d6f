-module(acronym_tests).
-include_lib("eunit/include/eunit.hrl").

basic_test() -> ?assertEqual("PNG", acronym:abbreviate("Portable Network Graphics")).
lowercase_test() -> ?assertEqual("ROR", acronym:abbreviate("Ruby on Rails")).
punctuation_test() -> ?assertEqual("FIFO", acronym:abbreviate("First In, First Out")).
hyphen_test() -> ?assertEqual("CMOS", acronym:abbreviate("Complementary metal-oxide semiconductor")).
underscore_test() -> ?assertEqual("TRNT", acronym:abbreviate("The Road _Not_ Taken")).
