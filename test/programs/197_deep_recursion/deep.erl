-module(deep).
-export([main/0]).

%% Body recursion a million deep: fine on BEAM, its stack grows.
count([]) -> 0;
count([_ | T]) -> 1 + count(T).

build(0) -> [];
build(N) -> [N | build(N - 1)].

nest(0) -> leaf;
nest(N) -> {node, nest(N - 1)}.

depth(leaf) -> 0;
depth({node, T}) -> 1 + depth(T).

main() ->
    L = build(1000000),
    io:format("~w~n", [count(L)]),
    io:format("~w~n", [depth(nest(500000))]),
    io:format("~w~n", [lists:sum(lists:map(fun(X) -> X rem 7 end, L))]).
