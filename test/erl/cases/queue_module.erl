-module(queue_module).
-export([main/0]).

%% Prints queues themselves, not only their contents: the {Rear, Front}
%% split must be the one erl shows.
main() ->
    Q0 = queue:new(),
    p(Q0),
    p([queue:is_queue(Q0), queue:is_empty(Q0), queue:len(Q0), queue:is_queue({a, b}), queue:is_queue(x)]),
    %% growing one element at a time, from either end
    p(lists:foldl(fun(X, Acc) -> [queue:in(X, hd(Acc)) | Acc] end, [Q0], lists:seq(1, 6))),
    p(lists:foldl(fun(X, Acc) -> [queue:in_r(X, hd(Acc)) | Acc] end, [Q0], lists:seq(1, 6))),
    [p(queue:from_list(lists:seq(1, N))) || N <- lists:seq(0, 7)],
    Q5 = queue:from_list([a, b, c, d, e]),
    p([queue:to_list(Q5), queue:len(Q5), queue:member(c, Q5), queue:member(z, Q5)]),
    %% draining from both ends shows every rebalancing step
    p(drain(fun queue:out/1, queue:from_list(lists:seq(1, 9)))),
    p(drain(fun queue:out_r/1, queue:from_list(lists:seq(1, 9)))),
    p(drain(fun queue:out/1, lists:foldl(fun queue:in/2, Q0, lists:seq(1, 9)))),
    p(drain(fun queue:out_r/1, lists:foldl(fun queue:in_r/2, Q0, lists:seq(1, 9)))),
    p(drops(fun queue:drop/1, queue:from_list(lists:seq(1, 7)))),
    p(drops(fun queue:drop_r/1, queue:from_list(lists:seq(1, 7)))),
    p(drops(fun queue:tail/1, lists:foldl(fun queue:in/2, Q0, lists:seq(1, 5)))),
    p(drops(fun queue:liat/1, lists:foldl(fun queue:in/2, Q0, lists:seq(1, 5)))),
    p(drops(fun queue:init/1, lists:foldl(fun queue:in_r/2, Q0, lists:seq(1, 5)))),
    p([queue:out(Q0), queue:out_r(Q0), queue:peek(Q0), queue:peek_r(Q0)]),
    p([queue:get(Q5), queue:get_r(Q5), queue:peek(Q5), queue:peek_r(Q5),
       queue:head(Q5), queue:last(Q5), queue:daeh(Q5)]),
    %% queues built by hand with an empty front
    Odd = {[3, 2, 1], []},
    p([queue:get(Odd), queue:peek(Odd), queue:head(Odd), queue:drop(Odd), queue:out(Odd)]),
    Odd2 = {[], [1, 2, 3]},
    p([queue:get_r(Odd2), queue:peek_r(Odd2), queue:drop_r(Odd2), queue:out_r(Odd2)]),
    p([queue:cons(0, Q5), queue:snoc(Q5, f), queue:cons(x, Q0), queue:snoc(Q0, x),
       queue:cons(y, queue:cons(x, Q0)), queue:snoc(queue:snoc(Q0, x), y)]),
    p([queue:reverse(Q5), queue:to_list(queue:reverse(Q5))]),
    %% join and split
    Q3 = queue:from_list([x, y, z]),
    p([queue:join(Q5, Q3), queue:join(Q0, Q3), queue:join(Q3, Q0), queue:join(Q0, Q0)]),
    p([queue:split(N, Q5) || N <- lists:seq(0, 5)]),
    Q9 = lists:foldl(fun queue:in/2, Q0, lists:seq(1, 9)),
    p(Q9),
    p([queue:split(N, Q9) || N <- lists:seq(0, 9)]),
    %% higher order
    Q10 = lists:foldl(fun queue:in/2, queue:from_list([1, 2, 3, 4]), lists:seq(5, 10)),
    p(Q10),
    p(queue:filter(fun(X) -> X rem 2 =:= 0 end, Q10)),
    p(queue:filter(fun(X) -> X < 4 end, Q10)),
    p(queue:filter(fun(X) -> X > 5 end, Q10)),
    p(queue:filter(fun(X) when X rem 3 =:= 0 -> [X, X * 10]; (X) -> X < 3 end, Q10)),
    p(queue:filter(fun(_) -> [] end, Q10)),
    p(queue:filtermap(fun(X) when X rem 2 =:= 0 -> {true, X * X}; (X) -> X > 8 end, Q10)),
    p(queue:fold(fun(X, Acc) -> [X | Acc] end, [], Q10)),
    p([queue:any(fun(X) -> X > 9 end, Q10), queue:any(fun(X) -> X > 10 end, Q10),
       queue:all(fun is_integer/1, Q10), queue:all(fun(X) -> X < 10 end, Q10)]),
    %% the order funs see the elements in
    put(seen, []),
    _ = queue:filter(fun(X) -> put(seen, [X | get(seen)]), true end, Q10),
    p(lists:reverse(get(seen))),
    %% delete
    Qd = lists:foldl(fun queue:in/2, queue:from_list([a, b, a, c]), [b, a, d]),
    p(Qd),
    p([queue:delete(a, Qd), queue:delete_r(a, Qd), queue:delete(d, Qd), queue:delete(z, Qd),
       queue:delete_r(b, Qd), queue:delete(x, queue:from_list([x])), queue:delete(1.0, queue:from_list([1]))]),
    p([queue:delete_with(fun(X) -> X =:= b end, Qd), queue:delete_with_r(fun(X) -> X =:= b end, Qd),
       queue:delete_with(fun(_) -> false end, Qd)]),
    p(queue:delete(4, queue:from_list([1, 2, 3, 4]))),
    p(queue:delete(1, queue:from_list([1, 2, 3, 4]))),
    p(queue:delete(1, queue:from_list([1, 2]))),
    %% errors
    p(try_all([
        fun() -> queue:get(Q0) end,
        fun() -> queue:get_r(Q0) end,
        fun() -> queue:head(Q0) end,
        fun() -> queue:last(Q0) end,
        fun() -> queue:drop(Q0) end,
        fun() -> queue:drop_r(Q0) end,
        fun() -> queue:tail(Q0) end,
        fun() -> queue:liat(Q0) end,
        fun() -> queue:in(1, foo) end,
        fun() -> queue:in_r(1, {a, []}) end,
        fun() -> queue:out(foo) end,
        fun() -> queue:out_r([]) end,
        fun() -> queue:len(foo) end,
        fun() -> queue:is_empty(foo) end,
        fun() -> queue:to_list(foo) end,
        fun() -> queue:from_list(foo) end,
        fun() -> queue:from_list([1, 2 | 3]) end,
        fun() -> queue:member(1, foo) end,
        fun() -> queue:get(foo) end,
        fun() -> queue:peek(foo) end,
        fun() -> queue:reverse(foo) end,
        fun() -> queue:join(foo, Q0) end,
        fun() -> queue:split(6, Q5) end,
        fun() -> queue:split(-1, Q5) end,
        fun() -> queue:split(a, Q5) end,
        fun() -> queue:filter(foo, Q5) end,
        fun() -> queue:filter(fun(_) -> maybe end, Q5) end,
        fun() -> queue:fold(fun(X) -> X end, 0, Q5) end,
        fun() -> queue:any(fun(X) -> X end, foo) end,
        fun() -> queue:delete(1, foo) end,
        fun() -> queue:delete_with(foo, Q5) end,
        fun() -> queue:cons(1, foo) end,
        fun() -> queue:snoc(foo, 1) end])),
    ok.

drain(Out, Q) ->
    case Out(Q) of
        {empty, Q1} -> [{empty, Q1}];
        {{value, V}, Q1} -> [{V, Q1} | drain(Out, Q1)]
    end.

drops(Drop, Q) ->
    case queue:is_empty(Q) of
        true -> [];
        false -> Q1 = Drop(Q), [Q1 | drops(Drop, Q1)]
    end.

try_all(Funs) ->
    [try F() of V -> {ok, V} catch C:R -> {C, R} end || F <- Funs].

p(X) -> io:format("~p~n", [X]).
