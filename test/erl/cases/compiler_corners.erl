-module(compiler_corners).
-export([main/0]).

%% Corners met while writing the library: ??Arg spells floats and atoms as
%% epp does, a comprehension of filters only, and a local call to
%% module_info/1.
-define(S(X), ??X).

main() ->
    io:format("~p~n", [?S(id(1.50) + 1.0e-7 + 2.5e3 + 16#ff)]),
    io:format("~p~n", [?S('hello world' + 'A' + b)]),
    K = id(mf),
    io:format("~p ~p~n", [[x || K =:= mf], [y || K =:= other]]),
    io:format("~p~n", [[{K, N} || is_atom(K), N <- [1, 2]]]),
    io:format("~p~n", [lists:member({main, 0}, module_info(exports))]),
    io:format("~p~n", [module_info(module)]).

id(X) -> X.
