-module(funnames).
-export([main/0]).

main() ->
    F = fun(X) -> X + 1 end,
    G = fun lists:sum/1,
    H = fun helper/1,
    io:format("~p~n", [erlang:fun_info(G, module)]),
    io:format("~p~n", [erlang:fun_info(G, name)]),
    io:format("~p~n", [erlang:fun_info(F, arity)]),
    io:format("~p~n", [erlang:fun_info(F, type)]),
    io:format("~p~n", [erlang:fun_info(G, type)]),
    io:format("~p~n", [erlang:fun_info(H, name)]),
    io:format("~p~n", [erlang:fun_info(F, module)]),
    io:format("~p~n", [[F(1), G([1, 2]), H(3)]]),
    io:format("~w~n", [G]).

helper(X) -> X * 100.
