-module(sup2).
-behaviour(supervisor).
-export([main/0, init/1, start_child/1]).

main() ->
    logger:set_primary_config(level, none),
    {ok, Sup} = supervisor:start_link(?MODULE, []),
    unlink(Sup),
    Kids = fun() -> lists:sort([{Id, is_pid(P)} || {Id, P, _, _} <- supervisor:which_children(Sup)]) end,
    io:format("~p~n", [Kids()]),
    Before = lists:sort([P || {_, P, _, _} <- supervisor:which_children(Sup)]),
    exit(whereis(child_a), kill),
    timer:sleep(50),
    After = lists:sort([P || {_, P, _, _} <- supervisor:which_children(Sup)]),
    io:format("all restarted: ~p~n", [[P || P <- After, lists:member(P, Before)] =:= []]),
    io:format("~p~n", [supervisor:terminate_child(Sup, b)]),
    io:format("~p~n", [Kids()]),
    io:format("~p~n", [supervisor:delete_child(Sup, b)]),
    io:format("~p~n", [Kids()]),
    {ok, _} = supervisor:start_child(Sup, #{id => c, start => {?MODULE, start_child, [child_c]}}),
    io:format("~p~n", [Kids()]),
    io:format("~p~n", [supervisor:start_child(Sup, #{id => c, start => {?MODULE, start_child, [child_c]}})]).

init([]) ->
    {ok, {#{strategy => one_for_all, intensity => 5, period => 5},
          [#{id => a, start => {?MODULE, start_child, [child_a]}},
           #{id => b, start => {?MODULE, start_child, [child_b]}}]}}.

start_child(Name) ->
    Pid = spawn_link(fun() -> register(Name, self()), receive after infinity -> ok end end),
    {ok, Pid}.
