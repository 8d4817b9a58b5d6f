-module(students).
-export([main/0]).

main() ->
    Grades = [{"ann", math, 90}, {"bob", math, 72}, {"ann", art, 85}, {"cid", math, 60},
              {"bob", art, 95}, {"cid", art, 70}],
    ByStudent = lists:foldl(fun({N, _, G}, M) -> maps:update_with(N, fun(L) -> [G | L] end, [G], M) end, #{}, Grades),
    [io:format("~s: avg ~.1f~n", [N, lists:sum(Gs) / length(Gs)]) || {N, Gs} <- lists:sort(maps:to_list(ByStudent))],
    Math = lists:keysort(3, [G || {_, math, _} = G <- Grades]),
    io:format("math ranking: ~p~n", [[N || {N, _, _} <- lists:reverse(Math)]]),
    io:format("~p~n", [lists:keyfind("bob", 1, Grades)]),
    io:format("~p~n", [lists:keymember(history, 2, Grades)]),
    io:format("~p~n", [lists:keyreplace("cid", 1, [{"cid", x}], {"cid", y})]),
    {Pass, Fail} = lists:partition(fun({_, _, G}) -> G >= 70 end, Grades),
    io:format("~w passed, ~w failed~n", [length(Pass), length(Fail)]).
