-module(supervisor_restart).
-export([main/0]).
-export([init/1, start_worker/1, start_failing/1]).

%% Children that crash: restarted or not by their restart type, their
%% siblings with them by the strategy, and the supervisor giving up (exit
%% shutdown) when they crash too often. Each crash makes erl print a
%% SUPERVISOR REPORT, with timestamps and pids; this case checks what the
%% supervisor does, not the reports, so it turns them off (see quiet/0).
main() ->
    process_flag(trap_exit, true),
    register(collector, self()),
    quiet(),
    one_for_one(),
    one_for_all(),
    rest_for_one(),
    simple(),
    give_up(),
    failed_start(),
    slow_shutdown(),
    ok.

one_for_one() ->
    {ok, Sup} = supervisor:start_link(?MODULE, {flags(one_for_one), [a, b, c]}),
    Before = pids(Sup),
    crash(Sup, b),
    io:format("one_for_one, b crashed: ~p~n", [changed(Before, pids(Sup))]),
    io:format("new b alive: ~p~n", [is_process_alive(pid(Sup, b))]),
    {ok, _} = supervisor:start_child(Sup, #{id => tr, start => {?MODULE, start_worker, [tr]},
                                          restart => transient}),
    {ok, _} = supervisor:start_child(Sup, #{id => te, start => {?MODULE, start_worker, [te]},
                                          restart => temporary}),
    Before2 = pids(Sup),
    crash(Sup, tr),
    crash(Sup, te),
    io:format("transient and temporary crashed: ~p~n", [changed(Before2, pids(Sup))]),
    io:format("children: ~p~n", [[Id || {Id, _} <- pids(Sup)]]),
    %% killed from outside: a crash like any other
    P = pid(Sup, a),
    Ref = monitor(process, P),
    exit(P, kill),
    receive {'DOWN', Ref, process, P, _} -> ok end,
    io:format("killed a restarted: ~p~n", [pid(Sup, a) =/= P]),
    stop(Sup).

one_for_all() ->
    {ok, Sup} = supervisor:start_link(?MODULE, {flags(one_for_all), [a, b, c]}),
    flush(),
    Before = pids(Sup),
    crash(Sup, b),
    io:format("one_for_all, b crashed: ~p~n", [changed(Before, pids(Sup))]),
    io:format("stopped: ~p~n", [stopped()]),
    stop(Sup).

rest_for_one() ->
    {ok, Sup} = supervisor:start_link(?MODULE, {flags(rest_for_one), [a, b, c, d]}),
    flush(),
    Before = pids(Sup),
    crash(Sup, b),
    io:format("rest_for_one, b crashed: ~p~n", [changed(Before, pids(Sup))]),
    io:format("stopped: ~p~n", [stopped()]),
    Before2 = pids(Sup),
    crash(Sup, d),
    io:format("rest_for_one, d crashed: ~p~n", [changed(Before2, pids(Sup))]),
    stop(Sup).

simple() ->
    {ok, Sup} = supervisor:start_link(?MODULE, simple),
    {ok, A} = supervisor:start_child(Sup, [s1]),
    tell(A, crash),
    [{undefined, A2, worker, _}] = supervisor:which_children(Sup),
    io:format("simple, crashed: ~p ~p~n", [is_process_alive(A), A2 =/= A]),
    io:format("simple count: ~p~n", [supervisor:count_children(Sup)]),
    stop(Sup).

%% intensity 2 in 10 seconds: the third crash is one too many.
give_up() ->
    {ok, Sup} = supervisor:start_link(?MODULE, {{one_for_one, 2, 10}, [a, b, c]}),
    flush(),
    crash(Sup, a),
    crash(Sup, a),
    Others = [P || {Id, P} <- pids(Sup), Id =/= a],
    pid(Sup, a) ! crash,
    receive
        {'EXIT', Sup, Why} -> io:format("supervisor exit: ~p~n", [Why])
    after 1000 -> io:format("supervisor still up~n")
    end,
    io:format("others alive: ~p~n", [[is_process_alive(P) || P <- Others]]),
    io:format("stopped: ~p~n", [stopped()]).

%% A child that cannot start: start_link fails, the ones started are stopped.
failed_start() ->
    flush(),
    R = supervisor:start_link(?MODULE, failing),
    io:format("failing start: ~p~n", [R]),
    receive {'EXIT', _, Why} -> io:format("exit: ~p~n", [Why]) after 100 -> ok end,
    io:format("stopped: ~p~n", [stopped()]),
    {ok, Sup} = supervisor:start_link(?MODULE, {flags(one_for_one), [a]}),
    R2 = supervisor:start_child(Sup, #{id => f, start => {?MODULE, start_failing, [f]}}),
    io:format("failing start_child: ~p~n", [R2]),
    stop(Sup).

%% A child that ignores shutdown is killed when its time is up.
slow_shutdown() ->
    {ok, Sup} = supervisor:start_link(?MODULE, slow),
    {_, P, _, _} = hd(supervisor:which_children(Sup)),
    io:format("terminate slow: ~p ~p~n", [supervisor:terminate_child(Sup, slow), is_process_alive(P)]),
    stop(Sup).

%% ---- helpers -------------------------------------------------------------------

flags(Strategy) -> #{strategy => Strategy, intensity => 10, period => 10}.

crash(Sup, Id) ->
    tell(pid(Sup, Id), crash).

%% Sends a child its last message and waits for it to be gone: the
%% supervisor has its 'EXIT' before any later call.
tell(P, Msg) ->
    Ref = monitor(process, P),
    P ! Msg,
    receive {'DOWN', Ref, process, P, _} -> ok end.

pids(Sup) -> lists:sort([{Id, P} || {Id, P, _, _} <- supervisor:which_children(Sup)]).

pid(Sup, Id) -> proplists:get_value(Id, pids(Sup)).

%% Which children have a new pid.
changed(Before, After) ->
    [{Id, case lists:keyfind(Id, 1, After) of
              {_, P} when P =:= Old -> same;
              {_, P} when is_pid(P) -> restarted;
              {_, Other} -> Other;
              false -> gone
          end} || {Id, Old} <- Before].

stop(Sup) ->
    unlink(Sup),
    Ref = monitor(process, Sup),
    exit(Sup, shutdown),
    receive {'DOWN', Ref, process, Sup, _} -> ok end,
    flush().

flush() ->
    receive {stopped, _} -> flush() after 0 -> ok end.

%% The order the children stopped in.
stopped() ->
    receive {stopped, Id} -> [Id | stopped()] after 100 -> [] end.

quiet() ->
    ok = logger:set_primary_config(level, none).

%% ---- the supervisor's callback -----------------------------------------------

init({Flags, Ids}) ->
    {ok, {Flags, [#{id => Id, start => {?MODULE, start_worker, [Id]}} || Id <- Ids]}};
init(simple) ->
    {ok, {#{strategy => simple_one_for_one, intensity => 5},
          [#{id => w, start => {?MODULE, start_worker, []}}]}};
init(failing) ->
    {ok, {#{strategy => one_for_one},
          [#{id => a, start => {?MODULE, start_worker, [a]}},
           #{id => b, start => {?MODULE, start_worker, [b]}},
           #{id => f, start => {?MODULE, start_failing, [f]}},
           #{id => c, start => {?MODULE, start_worker, [c]}}]}};
init(slow) ->
    {ok, {#{strategy => one_for_one},
          [#{id => slow, start => {?MODULE, start_worker, [slow]}, shutdown => 100}]}}.

%% ---- the workers -----------------------------------------------------------------

%% They trap exits, to tell the collector when they are stopped (all but
%% `slow`, which does not stop on shutdown at all).
%% A worker is ready (trapping) before its start function returns.
start_worker(Id) ->
    Sup = self(),
    P = spawn_link(fun() -> process_flag(trap_exit, true), Sup ! {ready, self()}, loop(Id) end),
    receive {ready, P} -> {ok, P} end.

start_failing(_Id) -> {error, cannot}.

loop(Id) ->
    receive
        {'EXIT', _, _} when Id =:= slow -> loop(Id);
        {'EXIT', _, Reason} ->
            collector ! {stopped, Id},
            exit(Reason);
        crash -> exit({crashed, Id})
    end.
