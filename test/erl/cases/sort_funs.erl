-module(sort_funs).
-export([main/0]).

%% sort/2, usort/2, merge/3 and umerge/3 with ordering funs that are no total
%% order (strict, by key, arbitrary): where elements land and which pairs the
%% fun is asked about follow OTP's merge sort. The lists come from a fixed
%% linear congruential sequence, so both runs see the same input.
main() ->
    Lists = element(1, lists:mapfoldl(fun(N, Seed) -> random_list(N, Seed) end, 7, lists:seq(0, 24))),
    Key = fun({A, _}) -> A; (A) -> A end,
    Funs = [{lt, fun(A, B) -> A < B end},
            {gt, fun(A, B) -> A > B end},
            {key_gt, fun(A, B) -> Key(A) > Key(B) end},
            {key_le, fun(A, B) -> Key(A) =< Key(B) end},
            {odd, fun(A, B) -> erlang:phash2({A, B}) rem 3 =/= 0 end}],
    [begin
         Traced = fun(A, B) -> put(calls, get(calls) + 1), F(A, B) end,
         [begin
              put(calls, 0),
              io:format("~p sort ~w~n  ~w~n", [Name, L, lists:sort(Traced, L)]),
              io:format("  usort ~w~n", [lists:usort(Traced, L)]),
              io:format("  calls ~p~n", [get(calls)])
          end || L <- Lists],
         [io:format("~p merge ~w~n  umerge ~w~n", [Name, lists:merge(F, L1, L2), lists:umerge(F, L1, L2)])
          || {L1, L2} <- lists:zip(lists:sublist(Lists, 12), lists:nthtail(13, Lists))]
     end || {Name, F} <- Funs],
    [io:format("sort ~w~n  keysort ~w~n  usort ~w~n", [lists:sort(L), lists:keysort(1, pairs(L)), lists:usort(L)])
     || L <- Lists],
    ok.

random_list(N, Seed0) ->
    lists:mapfoldl(fun(_, S) -> S1 = (S * 1103515245 + 12345) rem 2147483648, {term(S1), S1} end,
                   Seed0, lists:seq(1, N)).

term(S) ->
    K = (S bsr 8) rem 3,
    case (S bsr 4) rem 4 of
        0 -> K;
        1 -> float(K);
        2 -> {K, (S bsr 12) rem 2};
        3 -> {float(K), (S bsr 12) rem 2}
    end.

pairs(L) -> [case X of {_, _} -> X; _ -> {X, x} end || X <- L].
