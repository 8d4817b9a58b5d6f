%% application: loading .app files from the code path, the application
%% environment, and starting an application's mod callback under an
%% application master, with OTP 25's return values and the master's
%% "application: ... exited: ..." report. kernel and stdlib are known as
%% loaded and started. State lives in a public ETS table owned by a
%% registered application_controller process (made on first use):
%%   {{loaded, App}, Description, Vsn, Spec}
%%   {{env, App, Key}, Value}
%%   {{running, App}, Type, Master, Seq}   (Master is undefined without mod)
%%   {{top, Pid}, App}                    (an application's top process)
%% Not here: distributed applications, start phases, included applications
%% and the node stopping when a permanent application exits.
-module(application).
-export([load/1, load/2, unload/1, start/1, start/2, stop/1,
         ensure_started/1, ensure_started/2, ensure_all_started/1, ensure_all_started/2,
         get_env/1, get_env/2, get_env/3, get_all_env/0, get_all_env/1,
         set_env/3, set_env/4, unset_env/2, unset_env/3,
         get_key/1, get_key/2, get_all_key/0, get_all_key/1,
         get_application/0, get_application/1,
         loaded_applications/0, which_applications/0, which_applications/1]).

-define(TAB, ac_tab).

%% ---- the table -----------------------------------------------------------

tab() ->
    case ets:whereis(?TAB) of
        undefined -> start_controller();
        _ -> ok
    end,
    ?TAB.

start_controller() ->
    Self = self(),
    Pid = spawn(fun() -> controller_init(Self) end),
    receive
        {Pid, ready} -> ok
    after 5000 -> ok
    end.

controller_init(Caller) ->
    case catch register(application_controller, self()) of
        true ->
            ets:new(?TAB, [set, public, named_table]),
            ets:insert(?TAB, [{{loaded, kernel}, "ERTS  CXC 138 10", "8.5.3", []},
                              {{loaded, stdlib}, "ERTS  CXC 138 10", "4.2", []},
                              {{running, kernel}, permanent, undefined, 0},
                              {{running, stdlib}, permanent, undefined, 1},
                              {seq, 1}]),
            Caller ! {self(), ready},
            controller_loop();
        _ ->
            %% Another process made the controller first.
            Caller ! {self(), ready}
    end.

controller_loop() ->
    receive _ -> controller_loop() end.

next_seq() -> ets:update_counter(tab(), seq, 1).

%% ---- loading -------------------------------------------------------------

load(App) -> load(App, []).

load({application, Name, Spec}, _Distributed) when is_atom(Name), is_list(Spec) ->
    do_load(Name, Spec);
load(App, _Distributed) when is_atom(App) ->
    case is_loaded(App) of
        true -> {error, {already_loaded, App}};
        false ->
            case find_app_file(App) of
                {ok, Spec} -> do_load(App, Spec);
                {error, _} = E -> E
            end
    end.

do_load(App, Spec) ->
    case is_loaded(App) of
        true -> {error, {already_loaded, App}};
        false ->
            Descr = proplists:get_value(description, Spec, ""),
            Vsn = proplists:get_value(vsn, Spec, ""),
            ets:insert(tab(), {{loaded, App}, Descr, Vsn, Spec}),
            [ets:insert_new(tab(), {{env, App, K}, V}) || {K, V} <- proplists:get_value(env, Spec, [])],
            ok
    end.

is_loaded(App) -> ets:member(tab(), {loaded, App}).

%% App.app in the code path's directories (the current one first, as erl's
%% code path starts with ".").
find_app_file(App) ->
    File = atom_to_list(App) ++ ".app",
    Dirs = ["." | [D || D <- code:get_path(), D =/= "."]],
    case [filename:join(D, File) || D <- Dirs, filelib:is_regular(filename:join(D, File))] of
        [] -> {error, {"no such file or directory", File}};
        [Path | _] ->
            case file:consult(Path) of
                {ok, [{application, App, Spec}]} when is_list(Spec) -> {ok, Spec};
                {ok, _} -> {error, {bad_application, File}};
                {error, Reason} -> {error, {file:format_error(Reason), File}}
            end
    end.

unload(App) ->
    case {is_loaded(App), is_running(App)} of
        {_, true} -> {error, {running, App}};
        {false, _} -> {error, {not_loaded, App}};
        {true, _} ->
            ets:delete(tab(), {loaded, App}),
            ets:match_delete(tab(), {{env, App, '_'}, '_'}),
            ok
    end.

%% ---- starting and stopping -------------------------------------------------

is_running(App) -> ets:member(tab(), {running, App}).

start(App) -> start(App, temporary).

start(App, Type) ->
    case is_running(App) of
        true -> {error, {already_started, App}};
        false ->
            case ensure_loaded(App) of
                ok -> start_loaded(App, Type);
                Error -> Error
            end
    end.

ensure_loaded(App) ->
    case load(App) of
        ok -> ok;
        {error, {already_loaded, App}} -> ok;
        Error -> Error
    end.

start_loaded(App, Type) ->
    Spec = spec(App),
    case [D || D <- proplists:get_value(applications, Spec, []), not is_running(D)] of
        [Missing | _] -> {error, {not_started, Missing}};
        [] ->
            case proplists:get_value(mod, Spec) of
                {Mod, Arg} -> start_master(App, Mod, Arg, Type);
                undefined ->
                    ets:insert(tab(), {{running, App}, Type, undefined, next_seq()}),
                    ok
            end
    end.

spec(App) ->
    case ets:lookup(tab(), {loaded, App}) of
        [{_, _, _, Spec}] -> Spec;
        [] -> []
    end.

start_master(App, Mod, Arg, Type) ->
    Caller = self(),
    Master = spawn(fun() -> master_init(Caller, App, Mod, Arg, Type) end),
    Ref = erlang:monitor(process, Master),
    receive
        {Master, Result} ->
            erlang:demonitor(Ref, [flush]),
            Result;
        {'DOWN', Ref, process, Master, Reason} ->
            {error, Reason}
    end.

%% The application master: starts the application's top process, and
%% reports when it goes (stopped, or exited with its reason).
master_init(Caller, App, Mod, Arg, Type) ->
    process_flag(trap_exit, true),
    MFA = {Mod, start, [normal, Arg]},
    Result = try Mod:start(normal, Arg)
             catch C:R:S -> {'EXIT', exit_reason(C, R, S)}
             end,
    case Result of
        {ok, Pid} when is_pid(Pid) -> master_phases(Caller, App, Mod, Type, Pid, []);
        {ok, Pid, State} when is_pid(Pid) -> master_phases(Caller, App, Mod, Type, Pid, State);
        {error, Why} -> master_failed(Caller, App, Type, {Why, MFA});
        Other -> master_failed(Caller, App, Type, {bad_return, {MFA, Other}})
    end.

%% With start_phases in the .app file, Mod:start_phase(Phase, normal, Args)
%% runs for each phase in order once the top process is up, as OTP's
%% application_starter does.
master_phases(Caller, App, Mod, Type, Pid, State) ->
    link(Pid),
    case start_phases(Mod, proplists:get_value(start_phases, spec(App))) of
        ok -> master_started(Caller, App, Mod, Type, Pid, State);
        {error, Reason} -> master_failed(Caller, App, Type, Reason)
    end.

start_phases(_Mod, undefined) -> ok;
start_phases(_Mod, []) -> ok;
start_phases(Mod, [{Phase, Args} | Phases]) ->
    Call = {Mod, start_phase, [Phase, normal, Args]},
    case catch Mod:start_phase(Phase, normal, Args) of
        ok -> start_phases(Mod, Phases);
        {error, Reason} -> {error, {Reason, Call}};
        Other -> {error, {bad_return_value, {Call, Other}}}
    end.

exit_reason(exit, R, _) -> R;
exit_reason(error, R, S) -> {R, S};
exit_reason(throw, R, S) -> {{nocatch, R}, S}.

master_failed(Caller, App, Type, Reason) ->
    Caller ! {self(), {error, Reason}},
    exited_report(App, Reason, Type).

master_started(Caller, App, Mod, Type, Pid, State) ->
    ets:insert(tab(), [{{running, App}, Type, self(), next_seq()}, {{top, Pid}, App}]),
    Caller ! {self(), ok},
    master_loop(App, Mod, Type, Pid, State).

master_loop(App, Mod, Type, Pid, State) ->
    receive
        {stop, From} ->
            State1 = prep_stop(Mod, State),
            exit(Pid, shutdown),
            receive {'EXIT', Pid, _} -> ok end,
            catch Mod:stop(State1),
            forget(App, Pid),
            From ! {self(), ok},
            exited_report(App, stopped, Type);
        {'EXIT', Pid, Reason} ->
            catch Mod:stop(prep_stop(Mod, State)),
            forget(App, Pid),
            terminated(App, Reason, Type);
        _ ->
            master_loop(App, Mod, Type, Pid, State)
    end.

%% Mod:prep_stop/1 is optional: without it the state goes to stop/1 as it is.
prep_stop(Mod, State) ->
    case catch Mod:prep_stop(State) of
        {'EXIT', {undef, _}} -> State;
        {'EXIT', _} -> State;
        State1 -> State1
    end.

%% A permanent application that ends, or a transient one that ends
%% abnormally, takes the node down as erl's application_controller does.
terminated(App, Reason, temporary) -> exited_report(App, Reason, temporary, 1);
terminated(App, normal, transient) -> exited_report(App, normal, transient, 1);
terminated(App, Reason, Type) ->
    receive after 1 -> ok end,
    print_exited(App, Reason, Type),
    Slogan = slogan({application_terminated, App, Reason}),
    erlang:display({"Kernel pid terminated", application_controller, Slogan}),
    erlang:halt("Kernel pid terminated (application_controller) (" ++ Slogan ++ ")").

slogan(Term) ->
    case io_lib:printable_list(Term) of
        true -> Term;
        false -> lists:flatten(io_lib:format("~0p", [Term]))
    end.

forget(App, Pid) ->
    ets:delete(tab(), {running, App}),
    ets:delete(tab(), {top, Pid}).

%% As in erl, the report travels through the logger's process: it comes
%% after what a stopping caller prints as soon as it has its answer, and
%% before what the shell prints for the call's value. When the application
%% ends by itself, erl's report takes a longer way (the master's exit, the
%% controller, the logger): whoever ended it has printed first.
exited_report(App, Reason, Type) -> exited_report(App, Reason, Type, 0).

exited_report(App, Reason, Type, Delay) ->
    spawn(fun() -> receive after Delay -> ok end, print_exited(App, Reason, Type) end),
    ok.

print_exited(App, Reason, Type) ->
    case logger:allow(notice, application_controller) of
        true ->
            Header = "=INFO REPORT" ++ lists:nthtail(length("=ERROR REPORT"), erlts_report:error_header()),
            io:put_chars(user, io_lib:format("~s~n    application: ~tp~n    exited: ~tp~n    type: ~tp~n~n",
                                             [Header, App, Reason, Type]));
        false -> ok
    end.

stop(App) ->
    case ets:lookup(tab(), {running, App}) of
        [] -> {error, {not_started, App}};
        [{_, Type, undefined, _}] ->
            ets:delete(tab(), {running, App}),
            exited_report(App, stopped, Type),
            ok;
        [{_, _, Master, _}] ->
            Ref = erlang:monitor(process, Master),
            Master ! {stop, self()},
            receive
                {Master, ok} -> erlang:demonitor(Ref, [flush]), ok;
                {'DOWN', Ref, process, Master, _} -> ok
            end
    end.

ensure_started(App) -> ensure_started(App, temporary).
ensure_started(App, Type) ->
    case start(App, Type) of
        {error, {already_started, App}} -> ok;
        Other -> Other
    end.

ensure_all_started(App) -> ensure_all_started(App, temporary).
ensure_all_started(App, Type) ->
    case all_started(App, Type, []) of
        {ok, Started} -> {ok, lists:reverse(Started)};
        {error, _} = E -> E
    end.

all_started(App, Type, Acc) ->
    case is_running(App) of
        true -> {ok, Acc};
        false ->
            case ensure_loaded(App) of
                ok ->
                    Deps = proplists:get_value(applications, spec(App), []),
                    case deps_started(Deps, Type, Acc) of
                        {ok, Acc1} ->
                            case start(App, Type) of
                                ok -> {ok, [App | Acc1]};
                                {error, Reason} -> {error, {App, Reason}}
                            end;
                        Error -> Error
                    end;
                {error, Reason} -> {error, {App, Reason}}
            end
    end.

deps_started([], _Type, Acc) -> {ok, Acc};
deps_started([D | Ds], Type, Acc) ->
    case all_started(D, Type, Acc) of
        {ok, Acc1} -> deps_started(Ds, Type, Acc1);
        Error -> Error
    end.

%% ---- the environment -------------------------------------------------------

get_env(Key) ->
    case get_application() of
        {ok, App} -> get_env(App, Key);
        undefined -> undefined
    end.

get_env(App, Key) ->
    case ets:lookup(tab(), {env, App, Key}) of
        [{_, V}] -> {ok, V};
        [] -> undefined
    end.

get_env(App, Key, Default) ->
    case get_env(App, Key) of
        {ok, V} -> V;
        undefined -> Default
    end.

get_all_env() ->
    case get_application() of
        {ok, App} -> get_all_env(App);
        undefined -> []
    end.

get_all_env(App) -> [{K, V} || [K, V] <- ets:match(tab(), {{env, App, '$1'}, '$2'})].

set_env(App, Key, Value) -> set_env(App, Key, Value, []).
set_env(App, Key, Value, _Opts) ->
    ets:insert(tab(), {{env, App, Key}, Value}),
    ok.

unset_env(App, Key) -> unset_env(App, Key, []).
unset_env(App, Key, _Opts) ->
    ets:delete(tab(), {env, App, Key}),
    ok.

get_key(Key) ->
    case get_application() of
        {ok, App} -> get_key(App, Key);
        undefined -> undefined
    end.

get_key(App, Key) ->
    case is_loaded(App) of
        true -> {ok, proplists:get_value(Key, key_defaults(spec(App)))};
        false -> undefined
    end.

get_all_key() ->
    case get_application() of
        {ok, App} -> get_all_key(App);
        undefined -> undefined
    end.

get_all_key(App) ->
    case is_loaded(App) of
        true -> {ok, key_defaults(spec(App))};
        false -> undefined
    end.

key_defaults(Spec) ->
    Defaults = [{description, ""}, {id, []}, {vsn, ""}, {modules, []}, {maxP, infinity},
                {maxT, infinity}, {registered, []}, {included_applications, []},
                {optional_applications, []}, {applications, []}, {env, []}, {mod, []}, {start_phases, undefined}],
    [{K, proplists:get_value(K, Spec, D)} || {K, D} <- Defaults].

%% ---- which application ------------------------------------------------------

get_application() -> get_application(self()).

get_application(Pid) when is_pid(Pid) ->
    Ancestors = case process_info(Pid, dictionary) of
                    {dictionary, D} -> proplists:get_value('$ancestors', D, []);
                    undefined -> []
                end,
    app_of([Pid | Ancestors]);
get_application(Module) when is_atom(Module) ->
    Apps = [A || {{loaded, A}, _, _, Spec} <- ets:tab2list(tab()),
                 lists:member(Module, proplists:get_value(modules, Spec, []))],
    case Apps of
        [App | _] -> {ok, App};
        [] -> undefined
    end.

app_of([]) -> undefined;
app_of([P | Ps]) when is_pid(P) ->
    case ets:lookup(tab(), {top, P}) of
        [{_, App}] -> {ok, App};
        [] -> app_of(Ps)
    end;
app_of([Name | Ps]) when is_atom(Name) ->
    case whereis(Name) of
        undefined -> app_of(Ps);
        P -> app_of([P | Ps])
    end;
app_of([_ | Ps]) -> app_of(Ps).

loaded_applications() ->
    [{App, Descr, Vsn} || {{loaded, App}, Descr, Vsn, _} <- ets:tab2list(tab())].

which_applications() ->
    Running = lists:reverse(lists:keysort(4, [R || {{running, _}, _, _, _} = R <- ets:tab2list(tab())])),
    [{App, Descr, Vsn} || {{running, App}, _, _, _} <- Running,
                          [{_, Descr, Vsn, _}] <- [ets:lookup(tab(), {loaded, App})]].

which_applications(_Timeout) -> which_applications().
