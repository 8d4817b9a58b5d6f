-module(selective_receive).
-export([main/0]).

%% Selective receive: matching skips earlier messages, which keep their order.
main() ->
    Self = self(),
    [Self ! M || M <- [{low, 1}, {high, 1}, {low, 2}, {high, 2}, other, {low, 3}]],
    H1 = receive {high, N1} -> N1 end,
    H2 = receive {high, N2} -> N2 end,
    O = receive other -> other end,
    Rest = drain(),
    io:format("~p~n", [{H1, H2, O, Rest}]),
    %% priority receive: urgent first, then normal
    [Self ! M || M <- [{normal, a}, {normal, b}, {urgent, x}, {normal, c}, {urgent, y}]],
    io:format("~p~n", [prio([])]),
    %% receive with guards
    [Self ! N || N <- [1, 20, 3, 40, 5]],
    Big = receive X when X > 10 -> X end,
    Small = receive Y when Y < 10 -> Y end,
    io:format("~p~n", [{Big, Small, drain()}]),
    %% receive matching bound variable (a reference-like tag)
    Tag = make_ref(),
    Self ! {other_tag, wrong},
    Self ! {Tag, right},
    Got = receive {Tag, V} -> V end,
    io:format("~p~n", [{Got, drain()}]),
    %% messages from several processes: order per sender is kept
    Ps = [spawn(fun() -> [Self ! {I, K} || K <- lists:seq(1, 5)] end) || I <- [1, 2, 3]],
    io:format("~p~n", [length(Ps)]),
    Per = [collect(I, 5) || I <- [3, 1, 2]],
    io:format("~p~n", [Per]),
    ok.

drain() ->
    receive M -> [M | drain()] after 0 -> [] end.

prio(Acc) ->
    receive
        {urgent, U} -> prio([U | Acc])
    after 0 ->
        receive
            {normal, N} -> prio([N | Acc])
        after 0 ->
            lists:reverse(Acc)
        end
    end.

collect(_, 0) -> [];
collect(I, K) -> receive {I, V} -> [V | collect(I, K - 1)] end.
