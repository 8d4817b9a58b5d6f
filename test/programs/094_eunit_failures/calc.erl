-module(calc).
-export([add/2, divide/2, average/1]).

add(A, B) -> A + B.
divide(A, B) -> A div B.
%% Bug: integer division loses the fraction.
average(L) -> lists:sum(L) div length(L).
