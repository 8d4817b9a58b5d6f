-module(ring).
-export([main/0]).

%% Joe Armstrong's ring exercise: N processes, a message goes round M times.
start(N, M) ->
    Self = self(),
    First = spawn(fun() -> first(Self) end),
    Last = lists:foldl(fun(_, Next) -> spawn(fun() -> relay(Next) end) end, First, lists:seq(2, N)),
    First ! {link_to, Last},
    Last ! {token, M * N, 0},
    receive {done, Hops} -> Hops end.

first(Parent) ->
    receive {link_to, Next} -> first(Parent, Next) end.

first(Parent, Next) ->
    receive
        {token, 1, Hops} -> Parent ! {done, Hops + 1}, Next ! stop, wait_stop();
        {token, K, Hops} -> Next ! {token, K - 1, Hops + 1}, first(Parent, Next)
    end.

wait_stop() -> receive stop -> ok end.

relay(Next) ->
    receive
        {token, K, Hops} -> Next ! {token, K - 1, Hops + 1}, relay(Next);
        stop -> Next ! stop
    end.

main() ->
    [io:format("ring of ~w, ~w rounds: ~w hops~n", [N, M, start(N, M)]) || {N, M} <- [{3, 1}, {10, 5}, {100, 100}]],
    ok.
