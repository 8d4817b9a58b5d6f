%% The parts of distribution that wait for the network, written in Erlang
%% because natives never block: spawn on another node (the BIFs
%% spawn/2,4, spawn_link, spawn_monitor and spawn_opt tail-call
%% spawn_opt/5 here), and rex's worker processes.
-module(erlts_dist).
-export([spawn_opt/5, crasher/6, rex_worker/5]).

%% erlang:spawn_opt/5 on another node: a spawn request, then its reply.
spawn_opt(N, M, F, A, O) ->
    Ref = erlang:spawn_request(N, M, F, A, O),
    Monitor = lists:member(monitor, O),
    receive
        {spawn_reply, Ref, ok, Pid} when Monitor -> {Pid, Ref};
        {spawn_reply, Ref, ok, Pid} -> Pid;
        {spawn_reply, Ref, error, badopt} -> erlang:error(badarg, [N, M, F, A, O]);
        {spawn_reply, Ref, error, Err} when Err =:= noconnection; Err =:= notsup ->
            %% As on BEAM: a local process that dies at once stands in for it.
            erlang:spawn_opt(erlts_dist, crasher, [N, M, F, A, O, Err], O);
        {spawn_reply, Ref, error, Err} -> erlang:error(Err, [N, M, F, A, O])
    end.

%% As erts_internal:crasher/6: a warning, then the exit.
crasher(N, M, F, A, [], Reason) ->
    warn("** Can not start ~w:~w,~w on ~w **~n", [M, F, A, N]),
    exit(Reason);
crasher(N, M, F, A, O, Reason) ->
    warn("** Can not start ~w:~w,~w (~w) on ~w **~n", [M, F, A, O, N]),
    exit(Reason).

%% logger sends an event whose group leader is on another node to that
%% node's logger_proxy, so the warning prints where the spawn was asked
%% for (an rpc:call's caller), as in erl.
warn(Format, Args) ->
    GL = group_leader(),
    case node(GL) =:= node() orelse not lists:member(node(GL), nodes()) of
        true ->
            erlts_dist_bifs:log(warning, Format, Args);
        false ->
            Meta = #{gl => GL, pid => self(), time => os:system_time(microsecond),
                     error_logger => #{tag => warning_msg}},
            {logger_proxy, node(GL)} ! {log, warning, Format, Args, Meta}
    end.

%% rex's worker for {call, M, F, A, GL}: runs with the caller's group leader.
rex_worker(M, F, A, To, How) ->
    Reply = case catch apply(M, F, A) of
                {'EXIT', _} = Exit -> {badrpc, Exit};
                Value -> Value
            end,
    case How of
        none -> ok;
        {gen, Tag} -> To ! {Tag, Reply};
        rex -> To ! {rex, Reply}
    end.
