-module(saddle_points).
-export([saddle_points/1]).

saddle_points([]) -> [];
saddle_points([[] | _]) -> [];
saddle_points(Matrix) ->
    Cols = transpose(Matrix),
    lists:sort([{R, C} ||
        {R, Row} <- lists:zip(lists:seq(0, length(Matrix) - 1), Matrix),
        {C, V} <- lists:zip(lists:seq(0, length(Row) - 1), Row),
        V =:= lists:max(Row),
        V =:= lists:min(lists:nth(C + 1, Cols))]).

transpose([[] | _]) -> [];
transpose(M) -> [[hd(R) || R <- M] | transpose([tl(R) || R <- M])].
