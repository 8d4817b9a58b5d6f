%% A fun's captured values, in the order OTP's compiler keeps them: here the
%% order the enclosing function bound them in, whatever order the body uses
%% them in. fun_info's env and a lifted fun's arguments in a stack trace show
%% it.
-module(fun_env_order).
-export([main/0]).

g(A, B) -> fun(X) -> {X, A, B} end.
h(Alpha, Beta, Gamma) -> fun(X) -> {Gamma, X, Beta, Alpha} end.
k(Z, Y) -> Xs = [Z, Y], fun() -> [Y, Xs, Z] end.
m(Cat, Ant, Bee) -> fun(N) when N > Bee -> {N, Cat}; (N) -> {N, Ant} end.

main() ->
    Funs = [g(1, 2), h(1, 2, 3), k(a, b), m(c, a, 5)],
    [io:format("~p~n", [erlang:fun_info(F, env)]) || F <- Funs],
    [io:format("~p~n", [element(2, erlang:fun_info(F, name))]) || F <- Funs],
    F = h(x, y, z),
    {'EXIT', {badarith, [{_, Name, Args, _} | _]}} = (catch (fun() -> F(1) + a end)()),
    io:format("~p ~p~n", [Name, Args]),
    ok.
