-module(higher_order).
-export([main/0, double/1, add/2]).

%% Higher-order functions: lists:map/foldl/foldr/filter/sort with funs, funs as
%% values, fun M:F/A, funs returned and stored.
main() ->
    L = [5, 3, 8, 1, 9, 2],
    io:format("~p~n", [lists:map(fun(X) -> X * 10 end, L)]),
    io:format("~p~n", [lists:map(fun ?MODULE:double/1, L)]),
    io:format("~p~n", [lists:map(fun double/1, L)]),
    io:format("~p~n", [lists:foldl(fun(X, Acc) -> X + Acc end, 0, L)]),
    io:format("~p~n", [lists:foldl(fun(X, Acc) -> [X | Acc] end, [], L)]),
    io:format("~p~n", [lists:foldr(fun(X, Acc) -> [X | Acc] end, [], L)]),
    io:format("~p~n", [lists:filter(fun(X) -> X > 4 end, L)]),
    io:format("~p~n", [lists:sort(fun(A, B) -> A > B end, L)]),
    io:format("~p~n", [lists:sort(fun({_, A}, {_, B}) -> A =< B end, [{a, 3}, {b, 1}, {c, 2}, {d, 1}])]),
    io:format("~p~n", [lists:any(fun(X) -> X > 8 end, L)]),
    io:format("~p~n", [lists:all(fun(X) -> X > 0 end, L)]),
    io:format("~p~n", [lists:partition(fun(X) -> X rem 2 =:= 0 end, L)]),
    io:format("~p~n", [lists:takewhile(fun(X) -> X > 2 end, L)]),
    io:format("~p~n", [lists:dropwhile(fun(X) -> X > 2 end, L)]),
    io:format("~p~n", [lists:splitwith(fun(X) -> X > 2 end, L)]),
    io:format("~p~n", [lists:flatmap(fun(X) -> [X, X] end, [1, 2, 3])]),
    io:format("~p~n", [lists:mapfoldl(fun(X, Acc) -> {X * 2, Acc + X} end, 0, [1, 2, 3])]),
    io:format("~p~n", [lists:mapfoldr(fun(X, Acc) -> {X * 2, [X | Acc]} end, [], [1, 2, 3])]),
    io:format("~p~n", [lists:zipwith(fun(A, B) -> A * B end, [1, 2, 3], [4, 5, 6])]),
    io:format("~p~n", [lists:filtermap(fun(X) when X > 3 -> {true, X * 100}; (X) -> X =:= 1 end, L)]),
    io:format("~p~n", [lists:foreach(fun(X) -> put(last, X) end, L)]),
    io:format("~p~n", [get(last)]),
    io:format("~p~n", [lists:usort(fun(A, B) -> A rem 3 =< B rem 3 end, L)]),
    io:format("~p~n", [lists:keymap(fun(V) -> V + 1 end, 2, [{a, 1}, {b, 2}])]),
    io:format("~p~n", [lists:search(fun(X) -> X > 5 end, L)]),
    io:format("~p~n", [lists:min(L)]),
    Fs = [fun double/1, fun(X) -> X + 1 end, fun erlang:abs/1, fun math:sqrt/1],
    io:format("~p~n", [[F(-4) || F <- lists:droplast(Fs)]]),
    Pipeline = lists:foldl(fun(F, Acc) -> fun(X) -> F(Acc(X)) end end, fun(X) -> X end, [fun double/1, fun(X) -> X + 1 end]),
    io:format("~p~n", [Pipeline(10)]),
    io:format("~p~n", [apply(fun add/2, [3, 4])]),
    io:format("~p~n", [apply(lists, reverse, [[1, 2, 3]])]),
    M = lists, F = reverse,
    io:format("~p~n", [M:F([a, b])]),
    io:format("~p~n", [(fun lists:append/2)([1], [2])]),
    io:format("~p~n", [erlang:fun_info(fun lists:append/2, module)]),
    io:format("~p~n", [erlang:fun_info(fun lists:append/2, name)]),
    io:format("~p~n", [maps:map(fun(_, V) -> double(V) end, #{a => 1, b => 2})]),
    io:format("~p~n", [lists:foldl(fun({K, V}, Acc) -> maps:update_with(K, fun(O) -> O + V end, V, Acc) end, #{}, [{a, 1}, {b, 2}, {a, 3}])]),
    ok.

double(X) -> X * 2.
add(A, B) -> A + B.
