-module(yacht).
-export([score/2]).

score(Dice, Category) ->
    Sorted = lists:sort(Dice),
    Counts = lists:reverse(lists:sort([{length([X || X <- Dice, X =:= V]), V} || V <- lists:usort(Dice)])),
    case {Category, Sorted, Counts} of
        {yacht, _, [{5, _}]} -> 50;
        {yacht, _, _} -> 0;
        {full_house, _, [{3, _}, {2, _}]} -> lists:sum(Dice);
        {full_house, _, _} -> 0;
        {four_of_a_kind, _, [{N, V} | _]} when N >= 4 -> 4 * V;
        {four_of_a_kind, _, _} -> 0;
        {little_straight, [1, 2, 3, 4, 5], _} -> 30;
        {big_straight, [2, 3, 4, 5, 6], _} -> 30;
        {choice, _, _} -> lists:sum(Dice);
        {C, _, _} when C =:= little_straight; C =:= big_straight -> 0;
        {C, _, _} -> face(C) * length([X || X <- Dice, X =:= face(C)])
    end.

face(ones) -> 1;
face(twos) -> 2;
face(threes) -> 3;
face(fours) -> 4;
face(fives) -> 5;
face(sixes) -> 6.
