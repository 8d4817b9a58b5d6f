-module(maps_demo).
-export([main/0]).

main() ->
    M0 = #{name => "Ada", born => 1815},
    M1 = M0#{field => math, born := 1815},
    io:format("~p~n", [M1]),
    #{name := Name} = M1,
    io:format("~s~n", [Name]),
    io:format("~p~n", [maps:get(missing, M1, default)]),
    io:format("~p~n", [maps:find(born, M1)]),
    io:format("~p~n", [maps:to_list(maps:map(fun(_, V) -> {v, V} end, #{1 => a, 2 => b}))]),
    io:format("~p~n", [maps:filter(fun(K, _) -> K > 1 end, #{1 => a, 2 => b, 3 => c})]),
    io:format("~p~n", [maps:fold(fun(K, V, Acc) -> K * V + Acc end, 0, #{1 => 10, 2 => 20})]),
    io:format("~p~n", [maps:merge(#{a => 1, b => 2}, #{b => 3, c => 4})]),
    io:format("~p~n", [maps:with([a, c], #{a => 1, b => 2, c => 3})]),
    io:format("~p~n", [maps:without([a], #{a => 1, b => 2})]),
    io:format("~p~n", [maps:keys(#{z => 1, a => 2, m => 3})]),
    io:format("~p~n", [maps:groups_from_list(fun(X) -> X rem 3 end, lists:seq(1, 10))]),
    io:format("~p~n", [maps:from_keys([x, y], 0)]),
    Counts = lists:foldl(fun(W, Acc) -> maps:update_with(W, fun(N) -> N + 1 end, 1, Acc) end,
                         #{}, string:lexemes("the cat and the hat and the bat", " ")),
    io:format("~p~n", [Counts]),
    io:format("~p~n", [#{{1, 2} => tuple, [1] => list, 1.0 => float, 1 => int, "s" => str, <<"b">> => bin}]),
    Nested = #{config => #{db => #{host => "localhost", port => 5432}}},
    #{config := #{db := #{port := Port}}} = Nested,
    io:format("port ~w~n", [Port]),
    io:format("~w~n", [map_size(Nested)]),
    try M0#{nope := 1} catch error:E -> io:format("~p~n", [E]) end.
