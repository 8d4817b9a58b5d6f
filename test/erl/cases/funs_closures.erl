-module(funs_closures).
-export([main/0, add/2]).

%% Funs capture their environment by value; funs returning funs; arity checks.
main() ->
    N = 10,
    AddN = fun(X) -> X + N end,
    io:format("~p~n", [AddN(5)]),
    Adders = [fun(X) -> X + I end || I <- [1, 2, 3]],
    io:format("~p~n", [[F(100) || F <- Adders]]),
    Counter = make_counter(0),
    {V1, C1} = Counter(),
    {V2, C2} = C1(),
    {V3, _} = C2(),
    io:format("~p~n", [[V1, V2, V3]]),
    Compose = fun(F, G) -> fun(X) -> F(G(X)) end end,
    Inc = fun(X) -> X + 1 end,
    Dbl = fun(X) -> X * 2 end,
    io:format("~p~n", [{(Compose(Inc, Dbl))(5), (Compose(Dbl, Inc))(5)}]),
    Curry = fun(A) -> fun(B) -> fun(C) -> A * 100 + B * 10 + C end end end,
    io:format("~p~n", [((Curry(1))(2))(3)]),
    io:format("~p~n", [erlang:fun_info(AddN, arity)]),
    io:format("~p~n", [[is_function(AddN), is_function(AddN, 1), is_function(AddN, 2)]]),
    Ext = fun ?MODULE:add/2,
    Loc = fun add/2,
    io:format("~p~n", [{Ext(2, 3), Loc(4, 5), apply(Ext, [1, 1]), apply(?MODULE, add, [7, 8])}]),
    io:format("~p~n", [erlang:fun_info(Ext, type)]),
    %% shadowing: fun parameters shadow outer variables (a warning-free version:
    %% the outer name is not reused in the head)
    Y = 1,
    G = fun(Z) -> Y + Z end,
    io:format("~p~n", [G(41)]),
    %% multi-clause fun
    Sign = fun(X) when X > 0 -> pos; (0) -> zero; (_) -> neg end,
    io:format("~p~n", [[Sign(X) || X <- [5, 0, -5]]]),
    %% funs in data
    Ops = #{add => fun erlang:'+'/2, mul => fun erlang:'*'/2},
    io:format("~p~n", [[(maps:get(Op, Ops))(6, 7) || Op <- [add, mul]]]),
    %% fun equality: same code and env compare equal
    io:format("~p~n", [{Ext =:= fun ?MODULE:add/2, fun lists:sum/1 == fun lists:sum/1}]),
    %% capturing a big structure
    Big = lists:seq(1, 1000),
    SumBig = fun() -> lists:sum(Big) end,
    io:format("~p~n", [SumBig()]),
    ok.

add(A, B) -> A + B.

make_counter(N) ->
    fun() -> {N, make_counter(N + 1)} end.
