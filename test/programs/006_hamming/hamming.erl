-module(hamming).
-export([distance/2]).

distance(A, B) when length(A) =/= length(B) ->
    {error, "left and right strands must be of equal length"};
distance(A, B) ->
    length([x || {X, Y} <- lists:zip(A, B), X =/= Y]).
