-module(proc_lib_ancestors).
-behaviour(supervisor).
-export([main/0, init/1, worker/0]).

%% Ancestors by registered name, a supervisor's initial call named after its
%% callback module, and proc_lib's initial_call/1 and translate_initial_call/1.
init([]) -> {ok, {#{}, [#{id => w, start => {?MODULE, worker, []}}]}}.

worker() -> {ok, proc_lib:spawn_link(fun() -> receive stop -> ok end end)}.

main() ->
    process_flag(trap_exit, true),
    {ok, Sup} = supervisor:start_link({local, pla_sup}, ?MODULE, []),
    [{w, W, worker, _}] = supervisor:which_children(Sup),
    [Parent | Rest] = dict(W, '$ancestors'),
    io:format("~p ~p~n", [Parent, [is_pid(P) || P <- Rest]]),
    io:format("~p~n", [dict(Sup, '$initial_call')]),
    io:format("~p~n", [proc_lib:initial_call(Sup)]),
    io:format("~p~n", [proc_lib:translate_initial_call(Sup)]),
    io:format("~p~n", [proc_lib:translate_initial_call(self())]),
    io:format("~p~n", [proc_lib:initial_call(self())]),
    exit(Sup, shutdown),
    receive {'EXIT', Sup, R} -> io:format("~p~n", [R]) end.

dict(Pid, Key) ->
    {dictionary, D} = process_info(Pid, dictionary),
    proplists:get_value(Key, D).
