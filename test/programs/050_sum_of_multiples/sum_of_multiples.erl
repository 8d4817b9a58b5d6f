-module(sum_of_multiples).
-export([sum/2]).

sum(Factors, Limit) ->
    lists:sum(lists:usort([M || F <- Factors, F > 0, M <- lists:seq(F, Limit - 1, F)])).
