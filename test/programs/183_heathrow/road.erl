-module(road).
-export([main/0]).

%% Shortest route, after LYSE's "Heathrow to London" problem.
groups([A, B, X | Rest]) -> [{A, B, X} | groups(Rest)];
groups([]) -> [].

shortest_step({A, B, X}, {{DistA, PathA}, {DistB, PathB}}) ->
    OptA1 = {DistA + A, [{a, A} | PathA]},
    OptA2 = {DistB + B + X, [{x, X}, {b, B} | PathB]},
    OptB1 = {DistB + B, [{b, B} | PathB]},
    OptB2 = {DistA + A + X, [{x, X}, {a, A} | PathA]},
    {erlang:min(OptA1, OptA2), erlang:min(OptB1, OptB2)}.

main() ->
    Map = groups([50, 10, 30, 5, 90, 20, 40, 2, 25, 10, 8, 0]),
    {A, B} = lists:foldl(fun shortest_step/2, {{0, []}, {0, []}}, Map),
    {Dist, Path} = case hd(element(2, A)) of
                       {x, 0} -> B;
                       {b, _} -> B;
                       _ -> A
                   end,
    io:format("distance ~w~n", [Dist]),
    io:format("~p~n", [lists:reverse(Path)]),
    io:format("~p ~p~n", [element(1, A), element(1, B)]).
