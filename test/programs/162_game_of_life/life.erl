-module(life).
-export([main/0]).

step(Live) ->
    Counts = lists:foldl(fun({X, Y}, M) ->
                                 lists:foldl(fun(C, Acc) -> maps:update_with(C, fun(N) -> N + 1 end, 1, Acc) end,
                                             M, [{X + DX, Y + DY} || DX <- [-1, 0, 1], DY <- [-1, 0, 1], {DX, DY} =/= {0, 0}])
                         end, #{}, sets:to_list(Live)),
    sets:from_list([C || {C, N} <- maps:to_list(Counts), N =:= 3 orelse (N =:= 2 andalso sets:is_element(C, Live))]).

show(Live, W, H) ->
    [io:format("~s~n", [[case sets:is_element({X, Y}, Live) of true -> $#; false -> $. end || X <- lists:seq(0, W - 1)]])
     || Y <- lists:seq(0, H - 1)],
    io:format("~n").

main() ->
    Glider = sets:from_list([{1, 0}, {2, 1}, {0, 2}, {1, 2}, {2, 2}]),
    lists:foldl(fun(_, G) -> show(G, 6, 6), step(G) end, Glider, lists:seq(1, 4)),
    Blinker = sets:from_list([{1, 0}, {1, 1}, {1, 2}]),
    io:format("blinker period 2: ~p~n", [lists:sort(sets:to_list(step(step(Blinker)))) =:= lists:sort(sets:to_list(Blinker))]).
