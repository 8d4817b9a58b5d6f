-module(import_demo).
-import(lists, [reverse/1, map/2, foldl/3, seq/2]).
-import(string, [to_upper/1]).
-export([main/0]).

main() ->
    io:format("~p~n", [reverse([1, 2, 3])]),
    io:format("~p~n", [map(fun(X) -> X * 10 end, seq(1, 5))]),
    io:format("~p~n", [foldl(fun(X, Acc) -> X + Acc end, 0, seq(1, 100))]),
    io:format("~s~n", [to_upper("imported")]).
