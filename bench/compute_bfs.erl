%% compute_bfs: shortest paths on an N x N grid maze by breadth-first
%% search, with the frontier in a `queue', the walls in a `sets' set and
%% the distances in a map; then the path back from the far corner.
%% run(N) -> {Reached, FarDistance, PathLength, DistanceSum}.
-module(compute_bfs).
-export([size/1, run/1]).

size(small) -> 60;
size(medium) -> 300.

run(N) ->
    Walls = walls(N),
    Dist = bfs(queue:from_list([{0, 0}]), #{{0, 0} => 0}, Walls, N),
    Far = farthest(Dist),
    Path = path_back(Far, Dist, Walls, N, []),
    {maps:size(Dist), maps:get(Far, Dist), length(Path),
     maps:fold(fun(_, D, Acc) -> Acc + D end, 0, Dist)}.

bfs(Q0, Dist, Walls, N) ->
    case queue:out(Q0) of
        {empty, _} ->
            Dist;
        {{value, Cell}, Q1} ->
            D = maps:get(Cell, Dist),
            {Q, Dist1} = lists:foldl(
                           fun(Next, {Q2, M}) ->
                                   case maps:is_key(Next, M) of
                                       true -> {Q2, M};
                                       false -> {queue:in(Next, Q2), M#{Next => D + 1}}
                                   end
                           end, {Q1, Dist}, neighbours(Cell, Walls, N)),
            bfs(Q, Dist1, Walls, N)
    end.

neighbours({X, Y}, Walls, N) ->
    [C || {CX, CY} = C <- [{X + 1, Y}, {X - 1, Y}, {X, Y + 1}, {X, Y - 1}],
          CX >= 0, CY >= 0, CX < N, CY < N, not sets:is_element(C, Walls)].

%% The reached cell farthest from the start, the smallest such cell on a tie.
farthest(Dist) ->
    {_, Cell} = maps:fold(fun(C, D, {BD, BC}) ->
                                  if D > BD; D =:= BD, C < BC -> {D, C};
                                     true -> {BD, BC}
                                  end
                          end, {-1, none}, Dist),
    Cell.

path_back({0, 0}, _Dist, _Walls, _N, Acc) -> [{0, 0} | Acc];
path_back(Cell, Dist, Walls, N, Acc) ->
    D = maps:get(Cell, Dist),
    [Prev | _] = lists:sort([C || C <- neighbours(Cell, Walls, N), maps:get(C, Dist, -1) =:= D - 1]),
    path_back(Prev, Dist, Walls, N, [Cell | Acc]).

%% About a quarter of the cells are walls, never the start.
walls(N) -> walls(0, N, 31, sets:new()).

walls(I, N, _, S) when I >= N * N -> S;
walls(I, N, X, S) ->
    X1 = X * 16807 rem 2147483647,
    Cell = {I rem N, I div N},
    case X1 rem 4 =:= 0 andalso Cell =/= {0, 0} of
        true -> walls(I + 1, N, X1, sets:add_element(Cell, S));
        false -> walls(I + 1, N, X1, S)
    end.
