-module(random_module).
-export([main/0]).
-compile(nowarn_deprecated_function).

%% The deprecated AS183 generator: fixed seeds give fixed numbers.
main() ->
    io:format("~p~n", [random:seed0()]),
    io:format("~p~n", [get(random_seed)]),
    io:format("~p~n", [[random:uniform() || _ <- lists:seq(1, 4)]]),
    io:format("~p~n", [get(random_seed)]),
    io:format("~p~n", [random:seed()]),
    io:format("~p~n", [random:seed()]),
    io:format("~p~n", [random:seed(1, 2, 3)]),
    io:format("~p~n", [[random:uniform(10) || _ <- lists:seq(1, 10)]]),
    io:format("~p~n", [random:seed({-7, 100000, 30306})]),
    io:format("~p~n", [get(random_seed)]),
    io:format("~p~n", [random:seed(123456789012)]),
    io:format("~p~n", [get(random_seed)]),
    io:format("~p~n", [random:uniform(1000000)]),
    S0 = {5, 6, 7},
    {F, S1} = random:uniform_s(S0),
    io:format("~p~n", [{F, S1}]),
    {I, S2} = random:uniform_s(6, S1),
    io:format("~p~n", [{I, S2}]),
    io:format("~p~n", [lists:foldl(fun(_, {Acc, S}) ->
                                           {X, S3} = random:uniform_s(100, S),
                                           {[X | Acc], S3}
                                   end, {[], S2}, lists:seq(1, 20))]),
    T = fun(Fun) -> try Fun() catch C:R -> {C, R} end end,
    io:format("~p~n", [T(fun() -> random:uniform(0) end)]),
    io:format("~p~n", [T(fun() -> random:uniform_s(0, S0) end)]),
    io:format("~p~n", [T(fun() -> random:seed(a) end)]),
    io:format("~p~n", [T(fun() -> random:uniform_s(a) end)]),
    put(random_seed, bad),
    io:format("~p~n", [T(fun() -> random:uniform() end)]),
    io:format("~p~n", [T(fun() -> random:seed() end)]),
    ok.
