-module(difference_of_squares).
-export([square_of_sum/1, sum_of_squares/1, difference_of_squares/1]).

square_of_sum(N) -> S = lists:sum(lists:seq(1, N)), S * S.
sum_of_squares(N) -> lists:sum([X * X || X <- lists:seq(1, N)]).
difference_of_squares(N) -> square_of_sum(N) - sum_of_squares(N).
