-module(tail_calls).
-export([main/0, remote_loop/2]).

%% Tail calls run in constant space: a 10 million iteration self loop, mutual
%% recursion 1 million deep, tail calls through funs and remote calls.
main() ->
    {memory, M0} = process_info(self(), memory),
    io:format("~p~n", [count(10000000, 0)]),
    {memory, M1} = process_info(self(), memory),
    %% The loop must not grow the process: allow some slack for the heap.
    io:format("~p~n", [M1 - M0 < 1000000]),
    io:format("~p~n", [a(1000000)]),
    io:format("~p~n", [even(1000001)]),
    io:format("~p~n", [remote_loop(1000000, 0)]),
    F = fun Loop(0, Acc) -> Acc; Loop(N, Acc) -> Loop(N - 1, Acc + 2) end,
    io:format("~p~n", [F(1000000, 0)]),
    io:format("~p~n", [via_fun(1000000, fun via_fun/2)]),
    io:format("~p~n", [case_tail(1000000)]),
    io:format("~p~n", [stack_flat()]),
    ok.

count(0, Acc) -> Acc;
count(N, Acc) -> count(N - 1, Acc + 1).

a(0) -> a_done;
a(N) -> b(N - 1).
b(0) -> b_done;
b(N) -> a(N - 1).

even(0) -> true;
even(N) -> odd(N - 1).
odd(0) -> false;
odd(N) -> even(N - 1).

remote_loop(0, Acc) -> Acc;
remote_loop(N, Acc) -> ?MODULE:remote_loop(N - 1, Acc + 1).

via_fun(0, _) -> fun_done;
via_fun(N, F) -> F(N - 1, F).

case_tail(N) ->
    case N of
        0 -> case_done;
        _ when N rem 2 =:= 0 -> case_tail(N - 1);
        _ -> if N > 0 -> case_tail(N - 1) end
    end.

%% The stack of a process in a tail loop stays small.
stack_flat() ->
    Self = self(),
    P = spawn(fun() -> spin(0, Self) end),
    receive {spinning, P} -> ok end,
    {stack_size, S} = process_info(P, stack_size),
    exit(P, kill),
    S < 100.

spin(5000000, Parent) -> Parent ! {spinning, self()}, spin(5000001, Parent);
spin(N, Parent) when N > 5000000 -> receive stop -> ok end, spin(N, Parent);
spin(N, Parent) -> spin(N + 1, Parent).
