-module(code_reload).
-export([main/0]).

%% Hot code loading: a loop that calls ?MODULE:loop/0 fully qualified moves to
%% the new version of its module; a loop that makes local calls stays in the
%% old one; loading a third version purges the oldest, killing processes
%% still running it.
main() ->
    ok = write_version(1),
    {ok, hot} = c:c(hot),
    io:format("~p~n", [hot:version()]),
    Remote = spawn(hot, loop, []),
    Local = spawn(hot, local_loop, []),
    io:format("~p~n", [{ask(Remote), ask(Local)}]),
    ok = write_version(2),
    {ok, hot} = c:c(hot),
    io:format("~p~n", [hot:version()]),
    %% The first reply comes from the receive that was waiting in the old
    %% code; the loop then continues in the new version.
    R1 = ask(Remote),
    R2 = ask(Remote),
    L1 = ask(Local),
    L2 = ask(Local),
    io:format("~p~n", [{R1, R2, L1, L2}]),
    io:format("~p~n", [{erlang:check_process_code(Local, hot), erlang:check_process_code(Remote, hot)}]),
    MonL = monitor(process, Local),
    MonR = monitor(process, Remote),
    ok = write_version(3),
    {ok, hot} = c:c(hot),
    receive {'DOWN', MonL, process, Local, Why} -> io:format("~p~n", [{local_loop_died, Why}]) after 2000 -> io:format("~p~n", [local_loop_survived]) end,
    io:format("~p~n", [{ask(Remote), ask(Remote)}]),
    io:format("~p~n", [is_process_alive(Remote)]),
    exit(Remote, kill),
    receive {'DOWN', MonR, process, Remote, killed} -> ok end,
    io:format("~p~n", [hot:version()]),
    ok.

ask(P) ->
    P ! {ask, self()},
    receive {version, V} -> V after 2000 -> timeout end.

write_version(N) ->
    Src = io_lib:format(
            "-module(hot).~n"
            "-export([version/0, loop/0, local_loop/0]).~n"
            "version() -> ~p.~n"
            "loop() ->~n"
            "    receive {ask, From} -> From ! {version, version()} end,~n"
            "    ?MODULE:loop().~n"
            "local_loop() ->~n"
            "    receive {ask, From} -> From ! {version, version()} end,~n"
            "    local_loop().~n", [N]),
    file:write_file("hot.erl", Src).
