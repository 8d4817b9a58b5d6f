-module(spiral_matrix).
-export([spiral/1, main/0]).

spiral(0) -> [];
spiral(N) ->
    Coords = walk(N),
    Map = maps:from_list(lists:zip(Coords, lists:seq(1, N * N))),
    [[maps:get({R, C}, Map) || C <- lists:seq(0, N - 1)] || R <- lists:seq(0, N - 1)].

%% The cells in spiral order: peel the outer ring, recurse inside.
walk(N) -> ring(0, N - 1).

ring(Lo, Hi) when Lo > Hi -> [];
ring(Lo, Lo) -> [{Lo, Lo}];
ring(Lo, Hi) ->
    [{Lo, C} || C <- lists:seq(Lo, Hi)] ++
    [{R, Hi} || R <- lists:seq(Lo + 1, Hi)] ++
    [{Hi, C} || C <- lists:seq(Hi - 1, Lo, -1)] ++
    [{R, Lo} || R <- lists:seq(Hi - 1, Lo + 1, -1)] ++
    ring(Lo + 1, Hi - 1).

main() ->
    lists:foreach(fun(N) ->
                          io:format("size ~w:~n", [N]),
                          [io:format("~s~n", [[io_lib:format("~4w", [V]) || V <- Row]]) || Row <- spiral(N)]
                  end, [0, 1, 2, 3, 5]).
