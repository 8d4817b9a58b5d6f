-module(closures).
-export([main/0]).

make_counter(Start) -> fun(Inc) -> Start + Inc end.

compose(F, G) -> fun(X) -> F(G(X)) end.

curry(F) -> fun(A) -> fun(B) -> F(A, B) end end.

adders() -> [fun(X) -> X + N end || N <- [1, 10, 100]].

main() ->
    C = make_counter(5),
    io:format("~w ~w~n", [C(1), C(10)]),
    Inc = fun(X) -> X + 1 end,
    Dbl = fun(X) -> X * 2 end,
    io:format("~w ~w~n", [(compose(Inc, Dbl))(5), (compose(Dbl, Inc))(5)]),
    Add = curry(fun erlang:'+'/2),
    io:format("~w~n", [(Add(3))(4)]),
    io:format("~w~n", [[F(1) || F <- adders()]]),
    Pipeline = lists:foldl(fun compose/2, fun(X) -> X end, [Inc, Dbl, Inc]),
    io:format("~w~n", [Pipeline(3)]),
    Fact = fun Fact(0) -> 1; Fact(N) -> N * Fact(N - 1) end,
    io:format("~w~n", [Fact(10)]),
    F2 = fun lists:reverse/1,
    io:format("~w ~w~n", [F2([1, 2]), erlang:fun_info(F2, arity)]),
    io:format("~w~n", [is_function(Fact, 1)]),
    Apply = fun(Fun, Args) -> apply(Fun, Args) end,
    io:format("~w~n", [Apply(fun erlang:max/2, [3, 9])]),
    io:format("~w~n", [apply(lists, seq, [1, 4])]).
