-module(word_count_tests).
-include_lib("eunit/include/eunit.hrl").

one_word_test() -> ?assertEqual(#{"word" => 1}, word_count:count_words("word")).
one_of_each_test() ->
    ?assertEqual(#{"one" => 1, "of" => 1, "each" => 1}, word_count:count_words("one of each")).
multiple_test() ->
    ?assertEqual(#{"one" => 1, "fish" => 4, "two" => 1, "red" => 1, "blue" => 1},
                 word_count:count_words("one fish two fish red fish blue fish")).
punctuation_test() ->
    ?assertEqual(#{"car" => 1, "carpet" => 1, "as" => 1, "java" => 1, "javascript" => 1},
                 word_count:count_words("car: carpet as java: javascript!!&@$%^&")).
case_test() -> ?assertEqual(#{"go" => 3, "stop" => 2}, word_count:count_words("go Go GO Stop stop")).
apostrophe_test() ->
    ?assertEqual(#{"first" => 1, "don't" => 2, "laugh" => 1, "then" => 1, "cry" => 1},
                 word_count:count_words("First: don't laugh. Then: don't cry.")).
quotes_test() ->
    ?assertEqual(#{"joe" => 1, "can't" => 1, "tell" => 1, "between" => 1, "large" => 2, "and" => 1},
                 word_count:count_words("Joe can't tell between 'large' and large.")).
