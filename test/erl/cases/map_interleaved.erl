-module(map_interleaved).
-export([main/0]).

%% lists:map appends each result to its list as it goes (an erlts_lists
%% builder): maps in several processes that yield inside F, a map inside
%% F's map, a map that crashes part way, and maps after it must each give
%% their own list, in order.
main() ->
    Self = self(),
    Ps = [spawn(fun() ->
                        R = lists:map(fun(X) -> erlang:yield(), receive after 0 -> X * K end end,
                                      lists:seq(1, 5000)),
                        Self ! {self(), lists:sum(R), length(R), lists:sublist(R, 6)}
                end)
          || K <- [1, 2, 3]],
    io:format("~p~n", [[receive {P, S, L, H} -> {S, L, H} end || P <- Ps]]),
    io:format("~p~n", [lists:map(fun(X) -> lists:map(fun(Y) -> X * Y end, lists:seq(1, 7)) end,
                                 lists:seq(1, 9))]),
    {'EXIT', {function_clause, _}} = (catch lists:map(fun(X) when X < 6 -> X end, lists:seq(1, 10))),
    Partial = (catch lists:map(fun(7) -> throw(seven); (X) -> X end, lists:seq(1, 10))),
    io:format("~p~n", [Partial]),
    io:format("~p~n", [lists:map(fun(X) -> X + 1 end, lists:seq(1, 10))]),
    io:format("~p~n", [[length(lists:map(fun(X) -> X end, lists:seq(1, N))) || N <- lists:seq(0, 13)]]),
    io:format("~p~n", [lists:map(fun(X) -> {X} end, [a, b, c, d, e])]).
