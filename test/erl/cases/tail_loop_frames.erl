-module(tail_loop_frames).
-export([main/0]).

%% Self tail calls that rebind their parameters in place (the arguments
%% permuted, computed from the old values, or passed on unchanged), long
%% enough to be preempted and resumed many times; a function of many locals
%% suspended at a receive and at calls; an error while a self tail call's
%% arguments are computed, with its stack frame.
main() ->
    io:format("~p~n", [rotate(200000, a, b, c, d)]),
    io:format("~p~n", [swap(100001, 1, 2)]),
    io:format("~p~n", [fib_loop(300, 0, 1)]),
    io:format("~p~n", [collatz(27, 0)]),
    io:format("~p~n", [mixed(50000, 0, [], 1)]),
    Self = self(),
    Pid = spawn(fun() -> Self ! {done, many_locals(7)} end),
    Pid ! {go, 5},
    receive {done, R} -> io:format("~p~n", [R]) end,
    try count_down(5, 10, 0) of
        V -> io:format("no error ~p~n", [V])
    catch
        error:E:St -> io:format("~p~n~p~n", [E, lists:keyfind(count_down, 2, St)])
    end.

rotate(0, A, B, C, D) -> {A, B, C, D};
rotate(N, A, B, C, D) -> rotate(N - 1, B, C, D, A).

swap(0, X, Y) -> {X, Y};
swap(N, X, Y) -> swap(N - 1, Y, X).

fib_loop(0, A, _) -> A;
fib_loop(N, A, B) -> fib_loop(N - 1, B, A + B).

collatz(1, Steps) -> Steps;
collatz(N, Steps) when N rem 2 =:= 0 -> collatz(N div 2, Steps + 1);
collatz(N, Steps) -> collatz(3 * N + 1, Steps + 1).

mixed(0, Acc, L, P) -> {Acc, length(L), P rem 1000003};
mixed(N, Acc, L, P) ->
    X = id(N) rem 7,
    L2 = case X of 0 -> [N | L]; _ -> L end,
    mixed(N - 1, Acc + X, L2, (P * 31 + X) rem 1000003).

id(X) -> X.

many_locals(K) ->
    A = id(K) + 1,
    B = id(A) * 2,
    C = lists:seq(1, B),
    D = receive {go, G} -> G end,
    E = lists:sum(C) + D,
    F = id({A, B, D}),
    {A, B, length(C), D, E, F}.

count_down(N, Div, Acc) when N >= 0 -> count_down(N - 1, Div, Acc + Div div N);
count_down(_, _, Acc) -> Acc.
