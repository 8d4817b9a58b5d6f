-module(queen_attack).
-export([can_attack/2, board/2]).

can_attack({R, _}, {R, _}) -> true;
can_attack({_, C}, {_, C}) -> true;
can_attack({R1, C1}, {R2, C2}) -> abs(R1 - R2) =:= abs(C1 - C2).

board(W, B) ->
    lists:flatten([[[cell({R, C}, W, B) || C <- lists:seq(0, 7)], "\n"] || R <- lists:seq(0, 7)]).

cell(P, P, _) -> "W";
cell(P, _, P) -> "B";
cell(_, _, _) -> "_".
