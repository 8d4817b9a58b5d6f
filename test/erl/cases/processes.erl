-module(processes).
-export([main/0, echo/0]).

%% spawn, send, receive, self, registered names, whereis, unregister,
%% is_process_alive, spawn/3, process counting.
main() ->
    Self = self(),
    io:format("~p~n", [is_pid(Self)]),
    P = spawn(fun() -> receive {From, Msg} -> From ! {self(), {echo, Msg}} end end),
    io:format("~p~n", [is_pid(P) andalso P =/= Self]),
    P ! {Self, hello},
    receive {P, Reply} -> io:format("~p~n", [Reply]) end,
    %% spawn/3 with an exported function
    E = spawn(?MODULE, echo, []),
    E ! {Self, 1}, E ! {Self, 2}, E ! stop,
    io:format("~p~n", [[receive {E, V} -> V end, receive {E, V2} -> V2 end]]),
    %% register, whereis, send by name, unregister
    R = spawn(fun() -> named_loop(0) end),
    true = register(counter, R),
    io:format("~p~n", [whereis(counter) =:= R]),
    counter ! inc, counter ! inc, counter ! inc,
    counter ! {get, Self},
    receive {count, C} -> io:format("~p~n", [C]) end,
    io:format("~p~n", [lists:member(counter, registered())]),
    true = unregister(counter),
    io:format("~p~n", [whereis(counter)]),
    io:format("~p~n", [err(fun() -> counter ! inc end)]),
    io:format("~p~n", [catch register(bad_name, self()) =:= true]),
    io:format("~p~n", [err(fun() -> register(bad_name2, self()) end)]),
    unregister(bad_name),
    %% registering a dead process or a taken name fails
    Dead = spawn(fun() -> ok end),
    timer:sleep(10),
    io:format("~p~n", [is_process_alive(Dead)]),
    io:format("~p~n", [err(fun() -> register(dead, Dead) end)]),
    register(taken, R),
    io:format("~p~n", [err(fun() -> register(taken, Self) end)]),
    io:format("~p~n", [err(fun() -> register(other_name, R) end)]),
    unregister(taken),
    R ! stop,
    %% a ring of processes passing a token
    io:format("~p~n", [ring(100, 10)]),
    %% many processes
    Ps = [spawn(fun() -> receive {go, From, N} -> From ! {done, N * N} end end) || _ <- lists:seq(1, 1000)],
    [Pi ! {go, Self, I} || {Pi, I} <- lists:zip(Ps, lists:seq(1, 1000))],
    io:format("~p~n", [lists:sum([receive {done, Sq} -> Sq end || _ <- Ps])]),
    %% send returns the message
    io:format("~p~n", [Self ! msg]),
    receive msg -> ok end,
    %% spawn with an explicit module/function/args
    S = spawn(lists, reverse, [[1, 2, 3]]),
    io:format("~p~n", [is_pid(S)]),
    %% process_info basics
    {message_queue_len, Q} = process_info(Self, message_queue_len),
    io:format("~p~n", [Q]),
    {registered_name, Rn} = begin register(main_proc, Self), process_info(Self, registered_name) end,
    io:format("~p~n", [Rn]),
    ok.

err(F) ->
    try F() catch C:R -> {C, R} end.

echo() ->
    receive
        {From, Msg} -> From ! {self(), Msg}, echo();
        stop -> ok
    end.

named_loop(N) ->
    receive
        inc -> named_loop(N + 1);
        {get, From} -> From ! {count, N}, named_loop(N);
        stop -> ok
    end.

ring(N, Rounds) ->
    Self = self(),
    First = lists:foldl(fun(_, Next) -> spawn(fun() -> relay(Next) end) end, Self, lists:seq(1, N)),
    First ! {token, N * Rounds},
    ring_main(First).

ring_main(First) ->
    receive
        {token, 0} -> First ! stop, receive stop -> done end;
        {token, K} -> First ! {token, K - 1}, ring_main(First)
    end.

relay(Next) ->
    receive
        {token, 0} -> Next ! {token, 0}, relay(Next);
        {token, K} -> Next ! {token, K - 1}, relay(Next);
        stop -> Next ! stop
    end.
