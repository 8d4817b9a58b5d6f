-module(supervisor_basic).
-export([main/0]).
-export([init/1, handle_call/3, handle_cast/2]).
-export([start_worker/1, start_plain/1, plain_loop/0]).

%% A supervisor with three workers (a gen_server, a proc_lib process, a
%% spawn_link one; map and tuple specs), what it says about them, and
%% check_childspecs on good and bad specs. Nothing crashes here, so no
%% report is printed. Pids are shown as is_pid/1.
main() ->
    process_flag(trap_exit, true),
    {ok, Sup} = supervisor:start_link({local, basic_sup}, ?MODULE, sup),
    io:format("registered: ~p~n", [whereis(basic_sup) =:= Sup]),
    io:format("trap_exit: ~p~n", [process_info(Sup, trap_exit)]),
    Kids = supervisor:which_children(basic_sup),
    io:format("which_children:~n"),
    [io:format("  ~p ~p ~p ~p~n", [Id, is_pid(P), T, M]) || {Id, P, T, M} <- Kids],
    io:format("count: ~p~n", [supervisor:count_children(Sup)]),
    {_, W, _, _} = lists:keyfind(w1, 1, Kids),
    io:format("gen_server child answers: ~p~n", [gen_server:call(W, ping)]),
    io:format("spec w1: ~p~n", [supervisor:get_childspec(Sup, w1)]),
    io:format("spec p2: ~p~n", [supervisor:get_childspec(Sup, p2)]),
    io:format("spec s3: ~p~n", [supervisor:get_childspec(Sup, s3)]),
    io:format("spec nope: ~p~n", [supervisor:get_childspec(Sup, nope)]),
    checks(),
    %% ignore from init/1: no process, start_link says so
    io:format("ignore: ~p~n", [supervisor:start_link(?MODULE, ignore_me)]),
    %% an empty supervisor with the old tuple flags
    {ok, Empty} = supervisor:start_link(?MODULE, empty),
    io:format("empty: ~p ~p~n", [supervisor:which_children(Empty), supervisor:count_children(Empty)]),
    %% a name already taken
    io:format("again: ~p~n", [element(1, element(2, supervisor:start_link({local, basic_sup}, ?MODULE, sup)))]),
    %% not a supervisor at all
    io:format("noproc: ~p~n", [catch supervisor:which_children(no_such_sup)]),
    %% the parent stops it: children go too
    Pids = [P || {_, P, _, _} <- Kids],
    Ref = monitor(process, Sup),
    exit(Sup, shutdown),
    receive {'DOWN', Ref, process, Sup, Why} -> io:format("sup down: ~p~n", [Why]) end,
    io:format("children alive: ~p~n", [[is_process_alive(P) || P <- Pids]]),
    io:format("registered after: ~p~n", [whereis(basic_sup)]),
    ok.

checks() ->
    Good = [#{id => a, start => {m, f, []}},
            {b, {m, f, [1]}, transient, brutal_kill, worker, [m]},
            #{id => c, start => {m, f, []}, type => supervisor, shutdown => infinity, modules => dynamic}],
    io:format("check good: ~p~n", [supervisor:check_childspecs(Good)]),
    Bad = [[#{start => {m, f, []}}],
           [#{id => x}],
           [#{id => x, start => {m, f}}],
           [#{id => x, start => {m, f, a}}],
           [#{id => x, start => {m, f, []}, restart => sometimes}],
           [#{id => x, start => {m, f, []}, shutdown => -1}],
           [#{id => x, start => {m, f, []}, shutdown => soon}],
           [#{id => x, start => {m, f, []}, type => boss}],
           [#{id => x, start => {m, f, []}, modules => [1]}],
           [#{id => x, start => {m, f, []}, modules => m}],
           [#{id => x, start => {m, f, []}, significant => maybe}],
           [#{id => x, start => {m, f, []}, significant => true}],
           [{x, {m, f, []}, permanent, 5000, worker}],
           [{x, {m, f, []}, forever, 5000, worker, [m]}],
           [not_a_spec],
           [#{id => x, start => {m, f, []}}, #{id => x, start => {m, g, []}}]],
    [io:format("check bad: ~p~n", [supervisor:check_childspecs(B)]) || B <- Bad],
    io:format("check not a list: ~p~n", [supervisor:check_childspecs(nope)]).

%% ---- the supervisor's callback -----------------------------------------------

init(sup) ->
    {ok, {#{strategy => one_for_one, intensity => 3, period => 10},
          [#{id => w1, start => {?MODULE, start_worker, [w1]}},
           {p2, {?MODULE, start_plain, [proc_lib]}, permanent, 1000, worker, [?MODULE]},
           #{id => s3, start => {?MODULE, start_plain, [spawn]}, restart => transient,
             shutdown => brutal_kill}]}};
init(ignore_me) ->
    ignore;
init(empty) ->
    {ok, {{one_for_all, 0, 1}, []}};
%% ---- the gen_server worker's ---------------------------------------------------
init({worker, Id}) ->
    {ok, Id}.

handle_call(ping, _From, Id) -> {reply, {pong, Id}, Id}.

handle_cast(_, S) -> {noreply, S}.

start_worker(Id) ->
    gen_server:start_link(?MODULE, {worker, Id}, []).

start_plain(proc_lib) -> {ok, proc_lib:spawn_link(?MODULE, plain_loop, [])};
start_plain(spawn) -> {ok, spawn_link(?MODULE, plain_loop, [])}.

plain_loop() ->
    receive stop -> ok end.
