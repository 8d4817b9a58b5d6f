-module(minesweeper).
-export([main/0, annotate/1]).

annotate(Rows) ->
    Grid = list_to_tuple([list_to_tuple(R) || R <- Rows]),
    H = tuple_size(Grid),
    [[cell(Grid, R, C, H, length(Row)) || C <- lists:seq(1, length(Row))] || {R, Row} <- lists:zip(lists:seq(1, H), Rows)].

cell(G, R, C, H, W) ->
    case at(G, R, C) of
        $* -> $*;
        _ ->
            N = length([x || DR <- [-1, 0, 1], DC <- [-1, 0, 1], {DR, DC} =/= {0, 0},
                             R + DR >= 1, R + DR =< H, C + DC >= 1, C + DC =< W,
                             at(G, R + DR, C + DC) =:= $*]),
            if N =:= 0 -> $\s; true -> $0 + N end
    end.

at(G, R, C) -> element(C, element(R, G)).

main() ->
    Board = [" *  * ", "  *   ", "    * ", "   * *", " *  * ", "      "],
    [io:format("|~s|~n", [Row]) || Row <- annotate(Board)],
    io:format("~p~n", [annotate(["***", "* *", "***"])]),
    io:format("~p~n", [annotate([])]).
