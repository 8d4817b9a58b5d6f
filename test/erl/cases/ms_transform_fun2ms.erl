-module(ms_transform_fun2ms).
-include_lib("stdlib/include/ms_transform.hrl").
-export([main/0]).
-record(person, {name, age, city}).
main() ->
    Y = 7,
    L = [ets:fun2ms(fun(X) -> X end),
         ets:fun2ms(fun({K, V}) when V > 10 -> K end),
         ets:fun2ms(fun({K, V} = Obj) when is_integer(K), K < Y -> Obj end),
         ets:fun2ms(fun({K, _, V}) when V =:= a; V =:= b -> {K, V} end),
         ets:fun2ms(fun(#person{name = N, age = A}) when A >= 18 -> N end),
         ets:fun2ms(fun({A, B}) -> [A, B, ok] end),
         ets:fun2ms(fun({A, B}) when element(1, A) == x, not (B > 3) -> {A} end),
         ets:fun2ms(fun({A, B}) when A andalso B orelse false -> true end),
         ets:fun2ms(fun({A, "str", <<"bin">>, 1.5}) -> A + 1 end),
         ets:fun2ms(fun(X) when hd(X) == 1 -> tl(X) end),
         ets:fun2ms(fun({_, X}) -> X; ({X}) -> X end),
         ets:fun2ms(fun({A, B}) when is_atom(A) -> self() end),
         ets:fun2ms(fun({A, {B, C}}) -> A * B - C div 2 rem 3 end)
        ],
    [io:format("~p~n", [M]) || M <- L],
    T = ets:new(t, []),
    ets:insert(T, [{1, 5}, {2, 20}, {3, 30}]),
    io:format("~p~n", [lists:sort(ets:select(T, ets:fun2ms(fun({K, V}) when V > 10 -> K end)))]).
