-module(fun_names).
-export([main/0]).

%% The names erl gives funs (erlang:fun_info(F, name)), which stack traces and
%% crash reports show: '-F/A-fun-N-' after the module-level function, however
%% deeply nested, numbered per function with inner funs first; named funs are
%% '-F/A-Name/Arity-N-'.
main() ->
    A = fun() -> a end,
    B = fun() -> fun() -> fun(X) -> X end end end,
    N1 = fun Loop(0) -> 0; Loop(K) -> Loop(K - 1) end,
    C = fun() -> c end,
    N2 = fun Other() -> fun() -> Other end end,
    io:format("~p~n", [[name(F) || F <- [A, B, B(), (B())(), N1, C, N2, N2()]]]),
    io:format("~p~n", [[name(F) || F <- other(1)]]),
    io:format("~p~n", [erlang:fun_info(fun other/1, name)]),
    io:format("~p~n", [erlang:fun_info(fun lists:map/2, name)]),
    ok.

other(X) ->
    F = fun() -> X end,
    G = fun(Y) -> fun() -> Y end end,
    [F, G, G(X)].

name(F) -> element(2, erlang:fun_info(F, name)).
