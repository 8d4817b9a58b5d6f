-module(anagram_tests).
-include_lib("eunit/include/eunit.hrl").

no_matches_test() -> ?assertEqual([], anagram:find_anagrams("diaper", ["hello", "world", "zombies", "pants"])).
simple_test() -> ?assertEqual(["tan"], anagram:find_anagrams("ant", ["tan", "stand", "at"])).
multiple_test() -> ?assertEqual(["stream", "maters"], anagram:find_anagrams("master", ["stream", "pigeon", "maters"])).
case_test() -> ?assertEqual(["Carthorse"], anagram:find_anagrams("Orchestra", ["cashregister", "Carthorse", "radishes"])).
self_test() -> ?assertEqual([], anagram:find_anagrams("BANANA", ["BANANA", "Banana", "banana"])).
subset_test() -> ?assertEqual([], anagram:find_anagrams("good", ["dog", "goody"])).
