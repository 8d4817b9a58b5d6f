-module(darts).
-export([score/1]).

score({X, Y}) ->
    D = math:sqrt(X * X + Y * Y),
    if D =< 1 -> 10;
       D =< 5 -> 5;
       D =< 10 -> 1;
       true -> 0
    end.
