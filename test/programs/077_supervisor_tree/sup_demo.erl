-module(sup_demo).
-export([main/0]).

main() ->
    error_logger:tty(false),
    logger:set_primary_config(level, none),
    {ok, Sup} = supervisor:start_link({local, top_sup}, top_sup, []),
    unlink(Sup),
    io:format("~p~n", [worker:ping(w1)]),
    io:format("~p~n", [worker:ping(w1)]),
    Old = whereis(w1),
    Ref = monitor(process, Old),
    worker:crash(w1),
    receive {'DOWN', Ref, process, Old, Why} -> io:format("w1 went down: ~p~n", [Why]) end,
    wait_for(w1, Old),
    io:format("~p~n", [worker:ping(w1)]),
    io:format("~p~n", [worker:ping(w2)]),
    io:format("children: ~p~n", [lists:sort([Id || {Id, _, worker, [worker]} <- supervisor:which_children(top_sup)])]),
    io:format("counts: ~p~n", [supervisor:count_children(top_sup)]),
    ok.

wait_for(Name, Old) ->
    case whereis(Name) of
        P when is_pid(P), P =/= Old -> ok;
        _ -> receive after 5 -> wait_for(Name, Old) end
    end.
