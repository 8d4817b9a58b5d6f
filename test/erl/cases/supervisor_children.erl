-module(supervisor_children).
-export([main/0]).
-export([init/1, start_worker/1, start_worker/2, start_odd/1, loop/1]).

%% Children added and removed by hand: start_child, terminate_child,
%% restart_child, delete_child and their errors; a simple_one_for_one
%% supervisor's start_child with extra arguments. Children stop on
%% purpose (shutdown, normal), so no report is printed.
main() ->
    process_flag(trap_exit, true),
    register(collector, self()),
    {ok, Sup} = supervisor:start_link(?MODULE, static),
    Spec = #{id => extra, start => {?MODULE, start_worker, [extra]}},
    {ok, P1} = supervisor:start_child(Sup, Spec),
    io:format("started: ~p~n", [is_pid(P1)]),
    io:format("again: ~p~n", [shape(supervisor:start_child(Sup, Spec))]),
    io:format("bad spec: ~p~n", [supervisor:start_child(Sup, #{id => y, start => nope})]),
    io:format("running: ~p~n", [supervisor:restart_child(Sup, extra)]),
    io:format("delete running: ~p~n", [supervisor:delete_child(Sup, extra)]),
    io:format("terminate: ~p~n", [supervisor:terminate_child(Sup, extra)]),
    io:format("old one alive: ~p~n", [is_process_alive(P1)]),
    io:format("children: ~p~n", [names(Sup)]),
    io:format("count: ~p~n", [supervisor:count_children(Sup)]),
    io:format("terminate again: ~p~n", [supervisor:terminate_child(Sup, extra)]),
    io:format("present: ~p~n", [supervisor:start_child(Sup, Spec)]),
    {ok, P2} = supervisor:restart_child(Sup, extra),
    io:format("restarted: ~p ~p~n", [is_pid(P2), P2 =/= P1]),
    ok = supervisor:terminate_child(Sup, extra),
    io:format("delete: ~p~n", [supervisor:delete_child(Sup, extra)]),
    io:format("delete gone: ~p~n", [supervisor:delete_child(Sup, extra)]),
    io:format("restart gone: ~p~n", [supervisor:restart_child(Sup, extra)]),
    io:format("terminate gone: ~p~n", [supervisor:terminate_child(Sup, extra)]),
    %% what start functions may return
    io:format("ignore: ~p~n", [supervisor:start_child(Sup, odd(ig, ignore, permanent))]),
    io:format("ignored child: ~p~n", [lists:keyfind(ig, 1, supervisor:which_children(Sup))]),
    io:format("ignore temporary: ~p~n", [supervisor:start_child(Sup, odd(igt, ignore, temporary))]),
    io:format("ignored temporary: ~p~n", [lists:keyfind(igt, 1, supervisor:which_children(Sup))]),
    io:format("error: ~p~n", [supervisor:start_child(Sup, odd(er, error, permanent))]),
    io:format("other: ~p~n", [supervisor:start_child(Sup, odd(ot, other, permanent))]),
    {ok, P3, Info} = supervisor:start_child(Sup, odd(inf, info, permanent)),
    io:format("with info: ~p ~p~n", [is_pid(P3), Info]),
    io:format("temporary spec: ~p~n",
              [supervisor:get_childspec(Sup, t1)]),
    %% a temporary child that is terminated is forgotten
    ok = supervisor:terminate_child(Sup, t1),
    io:format("after terminating t1: ~p~n", [names(Sup)]),
    %% a transient child that stops normally is not restarted
    {_, Tr, _, _} = lists:keyfind(tr, 1, supervisor:which_children(Sup)),
    tell(Tr, stop_normal),
    io:format("transient after normal exit: ~p~n", [lists:keyfind(tr, 1, supervisor:which_children(Sup))]),
    %% a temporary child that stops normally is removed
    {ok, _} = supervisor:start_child(Sup, #{id => t2, start => {?MODULE, start_worker, [t2]}, restart => temporary}),
    {_, T2, _, _} = lists:keyfind(t2, 1, supervisor:which_children(Sup)),
    tell(T2, stop_normal),
    io:format("temporary after normal exit: ~p~n", [lists:keyfind(t2, 1, supervisor:which_children(Sup))]),
    %% a transient child that stops with {shutdown, _} is not restarted either
    {ok, _} = supervisor:restart_child(Sup, tr),
    {_, Tr2, _, _} = lists:keyfind(tr, 1, supervisor:which_children(Sup)),
    tell(Tr2, {stop, {shutdown, done}}),
    io:format("transient after {shutdown,_}: ~p~n", [lists:keyfind(tr, 1, supervisor:which_children(Sup))]),
    io:format("count: ~p~n", [supervisor:count_children(Sup)]),
    flush_stopped(),
    stop(Sup),
    io:format("stop order: ~p~n", [stopped()]),
    simple(),
    auto(),
    ok.

%% auto_shutdown: the supervisor stops itself when a significant child
%% stops on purpose.
auto() ->
    Sig = #{id => sig, start => {?MODULE, start_worker, [sig]}, restart => transient,
            significant => true},
    io:format("check never: ~p~n", [supervisor:check_childspecs([Sig], never)]),
    io:format("check any: ~p~n", [supervisor:check_childspecs([Sig], any_significant)]),
    io:format("check bogus: ~p~n", [supervisor:check_childspecs([Sig], bogus)]),
    {ok, Sup} = supervisor:start_link(?MODULE, auto),
    {_, P, _, _} = lists:keyfind(sig, 1, supervisor:which_children(Sup)),
    tell(P, stop_normal),
    receive {'EXIT', Sup, Why} -> io:format("auto_shutdown: ~p~n", [Why]) after 1000 -> ok end,
    io:format("stopped: ~p~n", [stopped()]).

simple() ->
    {ok, Sup} = supervisor:start_link(?MODULE, simple),
    {ok, A} = supervisor:start_child(Sup, [a]),
    {ok, B} = supervisor:start_child(Sup, [b]),
    io:format("simple: ~p ~p~n", [is_pid(A), A =/= B]),
    io:format("simple args: ~p~n", [[call(P, args) || P <- [A, B]]]),
    io:format("simple children: ~p~n",
              [lists:sort([{Id, is_pid(P), T, M} || {Id, P, T, M} <- supervisor:which_children(Sup)])]),
    io:format("simple count: ~p~n", [supervisor:count_children(Sup)]),
    io:format("simple spec: ~p~n", [supervisor:get_childspec(Sup, A)]),
    io:format("simple spec by id: ~p~n",
              [[element(1, supervisor:get_childspec(Sup, K)) || K <- [worker, other, self()]]]),
    io:format("simple by id: ~p~n", [supervisor:terminate_child(Sup, worker)]),
    io:format("simple restart: ~p~n", [supervisor:restart_child(Sup, A)]),
    io:format("simple delete: ~p~n", [supervisor:delete_child(Sup, A)]),
    io:format("simple terminate: ~p~n", [supervisor:terminate_child(Sup, A)]),
    io:format("simple terminated: ~p~n", [is_process_alive(A)]),
    io:format("simple terminate stranger: ~p~n", [supervisor:terminate_child(Sup, self())]),
    io:format("simple count: ~p~n", [supervisor:count_children(Sup)]),
    io:format("simple bad args: ~p~n", [element(1, supervisor:start_child(Sup, [a, b, c]))]),
    %% a temporary child stopping normally is just gone
    tell(B, stop_normal),
    io:format("simple after exit: ~p~n", [supervisor:count_children(Sup)]),
    stop(Sup).

%% Sends a child its last message and waits for it to be gone: the
%% supervisor has its 'EXIT' before any later call.
tell(P, Msg) ->
    Ref = monitor(process, P),
    P ! Msg,
    receive {'DOWN', Ref, process, P, _} -> ok end.

shape({error, {already_started, P}}) -> {error, {already_started, is_pid(P)}};
shape(Other) -> Other.

names(Sup) -> [Id || {Id, _, _, _} <- supervisor:which_children(Sup)].

odd(Id, How, Restart) ->
    #{id => Id, start => {?MODULE, start_odd, [How]}, restart => Restart}.

call(P, Req) ->
    P ! {call, self(), Req},
    receive {reply, R} -> R end.

stop(Sup) ->
    unlink(Sup),
    Ref = monitor(process, Sup),
    exit(Sup, shutdown),
    receive {'DOWN', Ref, process, Sup, _} -> ok end.

flush_stopped() ->
    receive {stopped, _} -> flush_stopped() after 0 -> ok end.

stopped() ->
    receive {stopped, Id} -> [Id | stopped()] after 100 -> [] end.

%% ---- the supervisor's callback -----------------------------------------------

init(static) ->
    {ok, {#{strategy => one_for_one},
          [#{id => first, start => {?MODULE, start_worker, [first]}},
           #{id => tr, start => {?MODULE, start_worker, [tr]}, restart => transient},
           #{id => t1, start => {?MODULE, start_worker, [t1]}, restart => temporary},
           #{id => last, start => {?MODULE, start_worker, [last]}, shutdown => brutal_kill}]}};
init(auto) ->
    {ok, {#{strategy => one_for_one, auto_shutdown => any_significant},
          [#{id => plain, start => {?MODULE, start_worker, [plain]}},
           #{id => sig, start => {?MODULE, start_worker, [sig]}, restart => transient,
             significant => true}]}};
init(simple) ->
    {ok, {#{strategy => simple_one_for_one},
          [#{id => worker, start => {?MODULE, start_worker, [simple]}, restart => temporary}]}}.

%% ---- the workers: they trap exits to tell the collector when they stop --

%% A worker is ready (trapping) before its start function returns.
start_worker(Id) ->
    Sup = self(),
    P = spawn_link(fun() -> process_flag(trap_exit, true), Sup ! {ready, self()}, loop(Id) end),
    receive {ready, P} -> {ok, P} end.
start_worker(simple, Arg) -> {ok, spawn_link(fun() -> loop({simple, Arg}) end)}.

start_odd(ignore) -> ignore;
start_odd(error) -> {error, no_way};
start_odd(other) -> what;
start_odd(info) -> {ok, spawn_link(?MODULE, loop, [inf]), extra_info}.

loop(Id) ->
    receive
        {'EXIT', _, Reason} ->
            catch collector ! {stopped, Id},
            exit(Reason);
        {call, From, args} -> From ! {reply, Id}, loop(Id);
        stop_normal -> ok;
        {stop, Reason} -> exit(Reason)
    end.
