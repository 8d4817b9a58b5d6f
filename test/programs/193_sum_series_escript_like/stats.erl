-module(stats).
-export([main/1]).

%% Written like an escript's main/1: it takes its arguments as strings.
main(Args) ->
    Nums = [list_to_integer(A) || A <- Args],
    N = length(Nums),
    Mean = lists:sum(Nums) / N,
    Sorted = lists:sort(Nums),
    Median = case N rem 2 of
                 1 -> lists:nth(N div 2 + 1, Sorted);
                 0 -> (lists:nth(N div 2, Sorted) + lists:nth(N div 2 + 1, Sorted)) / 2
             end,
    Var = lists:sum([(X - Mean) * (X - Mean) || X <- Nums]) / N,
    io:format("n=~w mean=~.3f median=~p sd=~.3f~n", [N, Mean, Median, math:sqrt(Var)]),
    io:format("min=~w max=~w range=~w~n", [hd(Sorted), lists:last(Sorted), lists:last(Sorted) - hd(Sorted)]).
