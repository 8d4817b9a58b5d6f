-module(graph_paths).
-export([main/0]).

%% Dijkstra's shortest paths with gb_sets as the priority queue.
edges() ->
    [{a, b, 7}, {a, c, 9}, {a, f, 14}, {b, c, 10}, {b, d, 15}, {c, d, 11}, {c, f, 2}, {d, e, 6}, {e, f, 9}].

neighbours(N) ->
    [{B, W} || {A, B, W} <- edges(), A =:= N] ++ [{A, W} || {A, B, W} <- edges(), B =:= N].

shortest(Start) -> loop(gb_sets:singleton({0, Start}), #{Start => {0, none}}).

loop(Queue, Dist) ->
    case gb_sets:is_empty(Queue) of
        true -> Dist;
        false ->
            {{D, N}, Q1} = gb_sets:take_smallest(Queue),
            {Q2, Dist2} = lists:foldl(
                            fun({M, W}, {Q, Acc}) ->
                                    case maps:find(M, Acc) of
                                        {ok, {Old, _}} when Old =< D + W -> {Q, Acc};
                                        _ -> {gb_sets:add({D + W, M}, Q), Acc#{M => {D + W, N}}}
                                    end
                            end, {Q1, Dist}, neighbours(N)),
            loop(Q2, Dist2)
    end.

path(_, none, Acc) -> Acc;
path(Dist, N, Acc) -> {_, Prev} = maps:get(N, Dist), path(Dist, Prev, [N | Acc]).

main() ->
    Dist = shortest(a),
    [io:format("~w: ~w via ~w~n", [N, D, path(Dist, N, [])]) || {N, {D, _}} <- lists:sort(maps:to_list(Dist))],
    ok.
