-module(difference_of_squares_tests).
-include_lib("eunit/include/eunit.hrl").

square_of_sum_test_() ->
    [?_assertEqual(1, difference_of_squares:square_of_sum(1)),
     ?_assertEqual(225, difference_of_squares:square_of_sum(5)),
     ?_assertEqual(25502500, difference_of_squares:square_of_sum(100))].
sum_of_squares_test_() ->
    [?_assertEqual(1, difference_of_squares:sum_of_squares(1)),
     ?_assertEqual(55, difference_of_squares:sum_of_squares(5)),
     ?_assertEqual(338350, difference_of_squares:sum_of_squares(100))].
difference_test_() ->
    [?_assertEqual(0, difference_of_squares:difference_of_squares(1)),
     ?_assertEqual(170, difference_of_squares:difference_of_squares(5)),
     ?_assertEqual(25164150, difference_of_squares:difference_of_squares(100))].
