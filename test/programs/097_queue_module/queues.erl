-module(queues).
-export([main/0]).

main() ->
    Q0 = queue:new(),
    Q1 = lists:foldl(fun queue:in/2, Q0, [a, b, c]),
    Q2 = queue:in_r(z, Q1),
    io:format("~p~n", [queue:to_list(Q2)]),
    {{value, H}, Q3} = queue:out(Q2),
    io:format("~p ~p~n", [H, queue:to_list(Q3)]),
    {{value, T}, _} = queue:out_r(Q3),
    io:format("~p~n", [T]),
    io:format("~p ~p~n", [queue:len(Q3), queue:is_empty(Q0)]),
    io:format("~p~n", [queue:out(Q0)]),
    io:format("~p~n", [queue:to_list(queue:reverse(Q3))]),
    io:format("~p~n", [queue:to_list(queue:filter(fun(X) -> X =/= b end, Q3))]),
    io:format("~p~n", [queue:peek(Q3)]),
    io:format("~p~n", [queue:member(c, Q3)]),
    {A, B} = queue:split(1, Q3),
    io:format("~p ~p~n", [queue:to_list(A), queue:to_list(B)]),
    io:format("~p~n", [queue:to_list(queue:join(A, B))]),
    %% Breadth-first traversal of a tree with a queue.
    Tree = {1, [{2, [{4, []}, {5, []}]}, {3, [{6, []}]}]},
    io:format("bfs: ~w~n", [bfs(queue:from_list([Tree]), [])]).

bfs(Q, Acc) ->
    case queue:out(Q) of
        {empty, _} -> lists:reverse(Acc);
        {{value, {V, Kids}}, Rest} -> bfs(queue:join(Rest, queue:from_list(Kids)), [V | Acc])
    end.
