-module(dice).
-export([main/0]).

roll() -> rand:uniform(6).

main() ->
    rand:seed(exsss, {42, 42, 42}),
    Rolls = [roll() || _ <- lists:seq(1, 20)],
    io:format("~w~n", [Rolls]),
    Hist = lists:foldl(fun(R, M) -> maps:update_with(R, fun(C) -> C + 1 end, 1, M) end, #{}, [roll() || _ <- lists:seq(1, 600)]),
    io:format("~w~n", [lists:sort(maps:to_list(Hist))]),
    io:format("~w~n", [[rand:uniform(10) || _ <- lists:seq(1, 5)]]),
    S0 = rand:seed_s(exsss, {1, 1, 1}),
    {X, S1} = rand:uniform_s(1000, S0),
    {Y, _} = rand:uniform_s(1000, S1),
    io:format("~w ~w~n", [X, Y]),
    F = rand:uniform(),
    io:format("~w~n", [F > 0 andalso F < 1]).
