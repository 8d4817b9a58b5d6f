-module(compiler_corners).
-export([main/0]).
-author("erlts").
-purpose(testing).

%% Corners met while writing the library: ??Arg spells floats and atoms as
%% epp does, a comprehension of filters only, and module_info/0,1 (also as
%% a local call).
-define(S(X), ??X).

main() ->
    io:format("~p~n", [?S(id(1.50) + 1.0e-7 + 2.5e3 + 16#ff)]),
    io:format("~p~n", [?S('hello world' + 'A' + b)]),
    K = id(mf),
    io:format("~p ~p~n", [[x || K =:= mf], [y || K =:= other]]),
    io:format("~p~n", [[{K, N} || is_atom(K), N <- [1, 2]]]),
    io:format("~p~n", [lists:member({main, 0}, module_info(exports))]),
    io:format("~p~n", [module_info(module)]),
    %% module_info/0,1's items (the md5 and vsn differ: erlts compiles its own code)
    io:format("~p~n", [[K1 || {K1, _} <- ?MODULE:module_info()]]),
    io:format("~p~n", [[A || {Name, _} = A <- module_info(attributes), Name =/= vsn]]),
    {vsn, [Vsn]} = lists:keyfind(vsn, 1, module_info(attributes)),
    io:format("~p ~p~n", [is_integer(Vsn), byte_size(module_info(md5))]),
    Compile = module_info(compile),
    io:format("~p ~p~n", [proplists:get_value(options, Compile), filename:basename(proplists:get_value(source, Compile))]).

id(X) -> X.
