-module(armstrong_numbers_tests).
-include_lib("eunit/include/eunit.hrl").

armstrong_test_() ->
    [?_assert(armstrong_numbers:is_armstrong_number(N)) || N <- [0, 5, 153, 9474, 9926315, 186709961001538790100634132976990]] ++
    [?_assertNot(armstrong_numbers:is_armstrong_number(N)) || N <- [10, 100, 9475, 9926314, 186709961001538790100634132976991]].
