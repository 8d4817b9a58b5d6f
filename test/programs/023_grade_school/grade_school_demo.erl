-module(grade_school_demo).
-export([main/0]).

main() ->
    S = lists:foldl(fun({N, G}, Acc) -> grade_school:add(N, G, Acc) end, grade_school:new(),
                    [{"Blair", 2}, {"James", 2}, {"Paul", 2}, {"Chelsea", 3}, {"Logan", 7}, {"James", 3}, {"Anna", 1}]),
    io:format("grade 2: ~p~n", [grade_school:get(2, S)]),
    io:format("grade 5: ~p~n", [grade_school:get(5, S)]),
    io:format("roster: ~p~n", [grade_school:get(S)]).
