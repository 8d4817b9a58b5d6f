%% A body recursion that fails at its bottom: BEAM records a return address
%% only when it differs from the one before, so the recursive call shows once
%% and the callers below it still fit in the eight frames, however deep the
%% recursion went (on the JS stack or, past a few thousand levels, the heap).
-module(stacktrace_body_recursion).
-export([main/0]).

down(0, K) -> fail(K);
down(N, K) -> 1 + down(N - 1, K).

fail(a) -> erlang:error(bottom);
fail(b) -> 1 + foo:bar().

wrap(N, K) -> [down(N, K)].

twice(N, K) -> {wrap(N, K)}.

frames(N, K) ->
    try twice(N, K)
    catch error:E:S -> {E, [{F, A, line(L)} || {_, F, A, L} <- S]}
    end.

line(L) -> proplists:get_value(line, L).

main() ->
    [io:format("~p ~p: ~p~n", [N, K, frames(N, K)])
     || N <- [0, 1, 2, 30, 5000, 200000], K <- [a, b]],
    ok.
