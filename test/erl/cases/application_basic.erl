-module(application_basic).
-behaviour(application).
-export([main/0]).
-export([start/2, stop/1, init/1, worker/0]).

%% application: .app files on the code path, environment, starting the
%% mod callback and the application master's reports.

start(normal, Arg) ->
    io:format("start/2 ~p~n", [Arg]),
    supervisor:start_link({local, demo_sup}, ?MODULE, []).

stop(State) ->
    io:format("stop/1 ~p~n", [State]),
    ok.

init([]) ->
    {ok, {#{strategy => one_for_one, intensity => 0, period => 1},
          [#{id => worker, start => {proc_lib, start_link, [?MODULE, worker, []]}}]}}.

worker() ->
    register(demo_worker, self()),
    proc_lib:init_ack({ok, self()}),
    receive
        {which, From} -> From ! {app, application:get_application()}, receive stop -> ok end
    end.

app(Name, Extra) ->
    Spec = {application, Name,
            Extra ++ [{description, "Demo app"}, {vsn, "1.2.3"}, {modules, [?MODULE]},
                      {registered, [demo_worker]}, {applications, [kernel, stdlib]},
                      {env, [{colour, blue}, {size, 3}]}]},
    ok = file:write_file(atom_to_list(Name) ++ ".app", io_lib:format("~p.~n", [Spec])).

p(Label, X) -> io:format("~s: ~p~n", [Label, X]).

main() ->
    p("which", [A || {A, _, _} <- application:which_applications()]),
    p("kernel loaded", lists:keymember(kernel, 1, application:loaded_applications())),
    p("env before load", application:get_env(demo, colour)),
    app(demo, [{mod, {?MODULE, hello}}]),
    p("load", application:load(demo)),
    p("load again", application:load(demo)),
    p("loaded", lists:keyfind(demo, 1, application:loaded_applications())),
    p("get_env", application:get_env(demo, colour)),
    p("get_env missing", application:get_env(demo, nope)),
    p("get_env default", application:get_env(demo, nope, dflt)),
    p("set_env", application:set_env(demo, colour, red)),
    p("get_all_env", lists:sort(application:get_all_env(demo))),
    p("get_application self", application:get_application()),
    p("start", application:start(demo)),
    p("start again", application:start(demo)),
    p("which", [A || {A, _, _} <- application:which_applications()]),
    p("which demo", lists:keyfind(demo, 1, application:which_applications())),
    demo_worker ! {which, self()},
    receive {app, App} -> p("get_application in app", App) end,
    p("get_application module", application:get_application(?MODULE)),
    p("unload running", application:unload(demo)),
    p("stop", application:stop(demo)),
    timer:sleep(100),
    p("stop again", application:stop(demo)),
    p("which", [A || {A, _, _} <- application:which_applications()]),
    p("unload", application:unload(demo)),
    p("unload again", application:unload(demo)),
    p("env after unload", application:get_env(demo, colour)),
    p("load missing", application:load(nope)),
    p("start missing", application:start(nope)),
    app(needy, [{applications, [kernel, stdlib, demo]}]),
    p("start needy", application:start(needy)),
    p("ensure_all_started", application:ensure_all_started(needy)),
    p("ensure_all_started again", application:ensure_all_started(needy)),
    p("which", [A || {A, _, _} <- application:which_applications()]),
    gen_server:stop(demo_sup),
    timer:sleep(200),
    p("which after crash", [A || {A, _, _} <- application:which_applications()]),
    p("stop needy", application:stop(needy)),
    timer:sleep(100),
    p("done", ok).
