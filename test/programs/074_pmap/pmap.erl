-module(pmap).
-export([main/0, pmap/2]).

%% Parallel map: one process per element, results gathered in order.
pmap(F, L) ->
    Parent = self(),
    Refs = [begin
                Ref = make_ref(),
                spawn(fun() -> Parent ! {Ref, catch F(X)} end),
                Ref
            end || X <- L],
    [receive {Ref, R} -> R end || Ref <- Refs].

slow_square(X) ->
    receive after (10 - X) * 3 -> ok end,
    X * X.

main() ->
    io:format("~w~n", [pmap(fun slow_square/1, lists:seq(1, 10))]),
    io:format("~p~n", [pmap(fun(X) -> 10 div X end, [5, 2, 0, 1])]),
    io:format("~w~n", [pmap(fun lists:sum/1, [[1, 2], [3, 4, 5], []])]).
