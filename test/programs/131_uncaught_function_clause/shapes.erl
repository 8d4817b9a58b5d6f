-module(shapes).
-export([main/0, area/1]).

area({circle, R}) -> 3.14159 * R * R;
area({rect, W, H}) -> W * H;
area({square, S}) -> S * S.

main() ->
    Shapes = [{circle, 1.0}, {rect, 2, 3}, {square, 4}],
    io:format("~p~n", [[area(S) || S <- Shapes]]),
    timer:sleep(100),
    area({triangle, 3, 4, 5}).
