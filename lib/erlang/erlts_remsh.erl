%% The local half of a remote shell (erl -remsh Node, ^G r Node): what
%% group.erl's start_shell does for {Node, shell, start, []}. It runs with
%% the job's io server as its group leader, so the shell that
%% rpc:call(Node, shell, start, []) starts over there reads and writes
%% through our terminal; then it stays linked to that shell and exits with
%% its exit reason, which the terminal reports as user_drv does.
-module(erlts_remsh).
-export([start/1, start/2]).

start(Node) ->
    process_flag(trap_exit, true),
    case catch rpc:call(Node, shell, start, []) of
        Shell when is_pid(Shell) ->
            link(Shell),
            erlts_remsh_host:started(Shell),
            wait(Shell);
        Error ->
            exit(Error)
    end.

%% This node had no name (erl -remsh without -sname): connect first, and
%% log user_drv's error when that fails; the shell then cannot start.
start(Node, Name) ->
    case net_kernel:connect_node(Node) of
        true ->
            start(Node);
        _ ->
            erlts_remsh_host:could_not_connect(Name),
            exit({badrpc, nodedown})
    end.

wait(Shell) ->
    receive
        {'EXIT', Shell, Reason} -> exit(Reason);
        _ -> wait(Shell)
    end.
