-module(rand_module).
-export([main/0]).

%% Explicitly seeded generators are deterministic: every algorithm and
%% every drawing function must give erl's very numbers.
main() ->
    Algs = [exsss, exrop, exsp, exs1024s, exro928ss, exs64, exsplus, exs1024],
    Seeds = [{1, 2, 3}, 42, [7], {-5, 123456789012345678901234567890, 0}],
    [begin
         io:format("~p ~p~n", [Alg, Seed]),
         S0 = rand:seed_s(Alg, Seed),
         io:format("~p~n", [rand:export_seed_s(S0)]),
         {Fs, S1} = draws(fun rand:uniform_s/1, 4, S0),
         io:format("~p~n", [Fs]),
         {Is, S2} = draws(fun(S) -> rand:uniform_s(100, S) end, 6, S1),
         io:format("~p~n", [Is]),
         {Bs, S3} = draws(fun(S) -> rand:uniform_s(1 bsl 80, S) end, 2, S2),
         io:format("~p~n", [Bs]),
         {Os, S4} = draws(fun(S) -> rand:uniform_s(1000000000000000000007, S) end, 2, S3),
         io:format("~p~n", [Os]),
         {Ns, S5} = draws(fun rand:normal_s/1, 6, S4),
         io:format("~p~n", [Ns]),
         {Rs, S6} = draws(fun rand:uniform_real_s/1, 4, S5),
         io:format("~p~n", [Rs]),
         {By, S7} = rand:bytes_s(17, S6),
         io:format("~p~n", [By]),
         {Mv, S8} = rand:normal_s(10, 4, S7),
         io:format("~p~n", [Mv]),
         io:format("~p~n", [rand:export_seed_s(S8)]),
         io:format("~p~n", [try rand:export_seed_s(rand:jump(S8)) catch C:R -> {C, R} end])
     end || Alg <- Algs, Seed <- Seeds],
    implicit(),
    errors(),
    ok.

draws(F, N, S) ->
    lists:foldl(fun(_, {Acc, St}) ->
                        {X, St1} = F(St),
                        {Acc ++ [X], St1}
                end, {[], S}, lists:seq(1, N)).

%% The process-dictionary state and the non-_s functions.
implicit() ->
    io:format("~p~n", [rand:export_seed()]),
    _ = rand:seed(exsss, {1, 2, 3}),
    io:format("~p~n", [[rand:uniform() || _ <- lists:seq(1, 5)]]),
    io:format("~p~n", [[rand:uniform(6) || _ <- lists:seq(1, 10)]]),
    io:format("~p~n", [[rand:normal() || _ <- lists:seq(1, 5)]]),
    io:format("~p~n", [rand:normal(100, 25)]),
    io:format("~p~n", [rand:uniform_real()]),
    io:format("~p~n", [rand:bytes(9)]),
    io:format("~p~n", [rand:export_seed()]),
    Exported = rand:export_seed(),
    A = rand:uniform(1000),
    _ = rand:seed(Exported),
    io:format("~p~n", [A =:= rand:uniform(1000)]),
    _ = rand:jump(),
    io:format("~p~n", [rand:export_seed()]),
    {exsss, _} = rand:export_seed_s(rand:seed_s(exsss)),
    _ = rand:seed(default, 99),
    io:format("~p~n", [{rand:export_seed(), rand:uniform(10)}]),
    %% A fresh process seeds itself; only ranges are checked.
    Self = self(),
    spawn(fun() ->
                  X = rand:uniform(),
                  N = rand:uniform(10),
                  {Alg, _} = rand:export_seed(),
                  Self ! {X >= 0.0, X < 1.0, N >= 1, N =< 10, Alg}
          end),
    receive Msg -> io:format("~p~n", [Msg]) end,
    S = rand:seed_s({exrop, [1 | 2]}),
    {F1, _} = rand:uniform_s(S),
    io:format("~p~n", [F1]).

errors() ->
    S = rand:seed_s(exsss, 1),
    T = fun(F) -> try F() catch C:R -> {C, R} end end,
    io:format("~p~n", [T(fun() -> rand:uniform_s(0, S) end)]),
    io:format("~p~n", [T(fun() -> rand:seed(foo) end)]),
    io:format("~p~n", [T(fun() -> rand:seed(exsss, []) end)]),
    io:format("~p~n", [T(fun() -> rand:seed(exsss, [0, 0]) end)]),
    io:format("~p~n", [T(fun() -> rand:seed(exsss, [1, 2, 3]) end)]),
    io:format("~p~n", [T(fun() -> rand:seed(exsss, [a]) end)]),
    io:format("~p~n", [T(fun() -> rand:export_seed_s(rand:seed_s(exsss, [0, 5])) end)]),
    io:format("~p~n", [T(fun() -> rand:jump(rand:seed_s(exs64, 1)) end)]),
    io:format("~p~n", [T(fun() -> rand:normal_s(1, 0, S) end)]),
    io:format("~p~n", [T(fun() -> rand:uniform(a) end)]).
