-module(supervisor_tree).
-export([main/0]).
-export([init/1, start_worker/1, start_member/1]).

%% A supervision tree: a supervisor child (type supervisor, its shutdown
%% infinity by default) between two workers. Stopping a supervisor stops
%% its children in the reverse of their start order, a child supervisor's
%% own children included. Nothing crashes, so no report is printed.
main() ->
    process_flag(trap_exit, true),
    register(collector, self()),
    {ok, Top} = supervisor:start_link({local, top_sup}, ?MODULE, top),
    io:format("started: ~p~n", [stopped()]),
    io:format("top: ~p~n", [[{Id, is_pid(P), T} || {Id, P, T, _} <- supervisor:which_children(Top)]]),
    io:format("top count: ~p~n", [supervisor:count_children(Top)]),
    io:format("mid spec: ~p~n", [supervisor:get_childspec(Top, mid)]),
    Mid = whereis(mid_sup),
    io:format("mid is the child: ~p~n",
              [lists:keyfind(mid, 1, supervisor:which_children(Top)) =:= {mid, Mid, supervisor, [supervisor]}]),
    io:format("mid: ~p~n", [[Id || {Id, _, _, _} <- supervisor:which_children(mid_sup)]]),
    io:format("terminate mid: ~p~n", [supervisor:terminate_child(Top, mid)]),
    io:format("stopped: ~p~n", [stopped()]),
    io:format("mid registered: ~p~n", [whereis(mid_sup)]),
    io:format("top count: ~p~n", [supervisor:count_children(Top)]),
    {ok, Mid2} = supervisor:restart_child(Top, mid),
    io:format("restart mid: ~p ~p~n", [Mid2 =/= Mid, whereis(mid_sup) =:= Mid2]),
    io:format("started: ~p~n", [stopped()]),
    %% a simple_one_for_one supervisor of supervisors
    {ok, Pool} = supervisor:start_child(Top, #{id => pool, start => {supervisor, start_link, [?MODULE, pool]},
                                               type => supervisor}),
    {ok, _} = supervisor:start_child(Pool, [{local, pool_a}]),
    {ok, _} = supervisor:start_child(Pool, [{local, pool_b}]),
    io:format("pool count: ~p~n", [supervisor:count_children(Pool)]),
    io:format("started: ~p~n", [stopped()]),
    io:format("top count: ~p~n", [supervisor:count_children(Top)]),
    %% the whole tree goes, last started first
    Ref = monitor(process, Top),
    exit(Top, shutdown),
    receive {'DOWN', Ref, process, Top, Why} -> io:format("top down: ~p~n", [Why]) end,
    io:format("stopped: ~p~n", [stopped()]),
    io:format("left: ~p~n", [[whereis(N) || N <- [top_sup, mid_sup, pool_a, pool_b]]]),
    ok.

%% What the workers told, in order.
stopped() ->
    receive {Event, Id} when Event =:= stopped; Event =:= started -> [Id | stopped()]
    after 100 -> []
    end.

%% ---- the supervisors' callback -------------------------------------------------

init(top) ->
    {ok, {#{strategy => one_for_one, intensity => 0},
          [#{id => w1, start => {?MODULE, start_worker, [w1]}},
           #{id => mid, start => {supervisor, start_link, [{local, mid_sup}, ?MODULE, mid]},
             type => supervisor},
           #{id => w2, start => {?MODULE, start_worker, [w2]}}]}};
init(mid) ->
    {ok, {{rest_for_one, 1, 5},
          [{m1, {?MODULE, start_worker, [m1]}, permanent, 1000, worker, [?MODULE]},
           {m2, {?MODULE, start_worker, [m2]}, permanent, brutal_kill, worker, [?MODULE]},
           {m3, {?MODULE, start_worker, [m3]}, transient, infinity, worker, [?MODULE]}]}};
init(pool) ->
    {ok, {#{strategy => simple_one_for_one},
          [#{id => member, start => {?MODULE, start_member, []}, type => supervisor}]}};
init({member, _}) ->
    {ok, {#{}, [#{id => pw, start => {?MODULE, start_worker, [pw]}}]}}.

start_member(Name) ->
    supervisor:start_link(Name, ?MODULE, {member, Name}).

%% ---- the workers: they trap exits to tell when they stop (m2 is killed) --

start_worker(Id) ->
    Sup = self(),
    P = spawn_link(fun() ->
                           process_flag(trap_exit, true),
                           collector ! {started, Id},
                           Sup ! {ready, self()},
                           loop(Id)
                   end),
    receive {ready, P} -> {ok, P} end.

loop(Id) ->
    receive
        {'EXIT', _, Reason} ->
            collector ! {stopped, Id},
            exit(Reason)
    end.
