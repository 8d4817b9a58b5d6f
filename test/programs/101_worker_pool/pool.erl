-module(pool).
-export([main/0]).

%% A fixed pool of workers pulling jobs from a dispatcher.
main() ->
    Jobs = lists:seq(1, 20),
    Self = self(),
    Dispatcher = spawn(fun() -> dispatch(Jobs) end),
    Workers = [spawn(fun() -> work(Dispatcher, Self, 0) end) || _ <- lists:seq(1, 4)],
    Results = collect(length(Workers), []),
    io:format("results: ~w~n", [lists:sort([R || {result, R} <- Results])]),
    io:format("jobs done: ~w~n", [lists:sum([N || {done, N} <- Results])]).

dispatch([]) ->
    receive {want, W} -> W ! no_more, dispatch([]) end;
dispatch([J | Js]) ->
    receive {want, W} -> W ! {job, J}, dispatch(Js) end.

work(D, Parent, Count) ->
    D ! {want, self()},
    receive
        {job, J} -> Parent ! {result, J * J}, work(D, Parent, Count + 1);
        no_more -> Parent ! {done, Count}
    end.

collect(0, Acc) -> Acc;
collect(N, Acc) ->
    receive
        {done, _} = D -> collect(N - 1, [D | Acc]);
        R -> collect(N, [R | Acc])
    end.
