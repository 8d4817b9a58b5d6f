-module(perfect_numbers_tests).
-include_lib("eunit/include/eunit.hrl").

perfect_test_() -> [?_assertEqual(perfect, perfect_numbers:classify(N)) || N <- [6, 28, 496, 8128]].
abundant_test_() -> [?_assertEqual(abundant, perfect_numbers:classify(N)) || N <- [12, 30, 945]].
deficient_test_() -> [?_assertEqual(deficient, perfect_numbers:classify(N)) || N <- [1, 2, 4, 32, 2017]].
error_test() -> ?assertMatch({error, _}, perfect_numbers:classify(0)).
