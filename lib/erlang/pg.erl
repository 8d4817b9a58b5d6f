%% pg: process groups (OTP 23+). A scope is a server registered under the
%% scope's name on every node that runs it; the servers of one scope find
%% each other and keep every node's view of the groups, speaking OTP's
%% scope protocol, so erlts and erl nodes share groups:
%%   {discover, Peer}                       "here I am, send me yours"
%%   {'$gen_cast', {sync, Peer, Groups}}    all of Peer's local members
%%   {join, Peer, Group, PidOrPids}         local processes joined
%%   {leave, Peer, PidOrPids, Groups}       local processes left
%% A peer's members disappear with its server (monitor), including when
%% its node goes down.
%%
%% The scope's ETS table (named as the scope) holds
%% {Group, AllMembers, LocalMembers}, so readers never call the server.
-module(pg).
-behaviour(gen_server).

-export([start_link/0, start_link/1, start/1, join/2, join/3, leave/2, leave/3,
         get_members/1, get_members/2, get_local_members/1, get_local_members/2,
         which_groups/0, which_groups/1, which_local_groups/0, which_local_groups/1,
         monitor_scope/0, monitor_scope/1, monitor/1, monitor/2, demonitor/1, demonitor/2]).
-export([init/1, handle_call/3, handle_cast/2, handle_info/2, terminate/2]).

-define(SCOPE, pg).

-record(s, {scope,
            local = #{},       % Pid => {MonitorRef, [Group]}
            peers = #{},       % PeerServer => {MonitorRef, #{Group => [Pid]}}
            scope_mons = #{},  % Ref => Pid (monitor_scope)
            group_mons = #{}}).% Ref => {Pid, Group} (monitor/2)

start_link() -> start_link(?SCOPE).
start_link(Scope) when is_atom(Scope) -> gen_server:start_link({local, Scope}, ?MODULE, [Scope], []).
start(Scope) when is_atom(Scope) -> gen_server:start({local, Scope}, ?MODULE, [Scope], []).

join(Group, PidOrPids) -> join(?SCOPE, Group, PidOrPids).
join(Scope, Group, PidOrPids) when is_pid(PidOrPids); is_list(PidOrPids) ->
    ok = local_only(PidOrPids),
    gen_server:call(Scope, {join_local, Group, PidOrPids}, infinity).

leave(Group, PidOrPids) -> leave(?SCOPE, Group, PidOrPids).
leave(Scope, Group, PidOrPids) when is_pid(PidOrPids); is_list(PidOrPids) ->
    ok = local_only(PidOrPids),
    gen_server:call(Scope, {leave_local, Group, PidOrPids}, infinity).

monitor_scope() -> monitor_scope(?SCOPE).
monitor_scope(Scope) -> gen_server:call(Scope, monitor, infinity).

monitor(Group) -> ?MODULE:monitor(?SCOPE, Group).
monitor(Scope, Group) -> gen_server:call(Scope, {monitor, Group}, infinity).

demonitor(Ref) -> pg:demonitor(?SCOPE, Ref).
demonitor(Scope, Ref) ->
    gen_server:call(Scope, {demonitor, Ref}, infinity) =:= ok andalso flush(Ref).

get_members(Group) -> get_members(?SCOPE, Group).
get_members(Scope, Group) ->
    try ets:lookup_element(Scope, Group, 2) catch error:badarg -> [] end.

get_local_members(Group) -> get_local_members(?SCOPE, Group).
get_local_members(Scope, Group) ->
    try ets:lookup_element(Scope, Group, 3) catch error:badarg -> [] end.

which_groups() -> which_groups(?SCOPE).
which_groups(Scope) when is_atom(Scope) -> [G || {G, _, _} <- ets:tab2list(Scope)].

which_local_groups() -> which_local_groups(?SCOPE).
which_local_groups(Scope) when is_atom(Scope) -> [G || {G, _, L} <- ets:tab2list(Scope), L =/= []].

local_only(Pid) when is_pid(Pid), node(Pid) =:= node() -> ok;
local_only(Pids) when is_list(Pids) -> lists:foreach(fun local_only/1, Pids);
local_only(Bad) -> erlang:error({nolocal, Bad}).

flush(Ref) ->
    receive {Ref, Verb, _, _} when Verb =:= join; Verb =:= leave -> flush(Ref)
    after 0 -> ok
    end.

%% ---- the scope server ---------------------------------------------------------

init([Scope]) ->
    ok = net_kernel:monitor_nodes(true),
    [erlang:send({Scope, N}, {discover, self()}, [noconnect]) || N <- nodes()],
    Scope = ets:new(Scope, [set, protected, named_table, {read_concurrency, true}]),
    {ok, #s{scope = Scope}}.

handle_call({join_local, Group, PidOrPids}, _From, S) ->
    Pids = pids(PidOrPids),
    Local = lists:foldl(fun(P, L) -> local_join(P, Group, L) end, S#s.local, Pids),
    add_members(S, Group, Pids, true),
    tell_peers(S, {join, self(), Group, PidOrPids}),
    {reply, ok, S#s{local = Local}};
handle_call({leave_local, Group, PidOrPids}, _From, S) ->
    Pids = pids(PidOrPids),
    case lists:foldl(fun(P, L) -> local_leave(P, Group, L) end, S#s.local, Pids) of
        Same when Same =:= S#s.local ->
            {reply, not_joined, S};
        Local ->
            remove_members(S, Group, Pids, true),
            tell_peers(S, {leave, self(), PidOrPids, [Group]}),
            {reply, ok, S#s{local = Local}}
    end;
handle_call(monitor, {Pid, _}, S) ->
    All = maps:from_list([{G, M} || {G, M, _} <- ets:tab2list(S#s.scope)]),
    Ref = erlang:monitor(process, Pid),
    {reply, {Ref, All}, S#s{scope_mons = (S#s.scope_mons)#{Ref => Pid}}};
handle_call({monitor, Group}, {Pid, _}, S) ->
    Ref = erlang:monitor(process, Pid),
    {reply, {Ref, get_members(S#s.scope, Group)}, S#s{group_mons = (S#s.group_mons)#{Ref => {Pid, Group}}}};
handle_call({demonitor, Ref}, _From, S) ->
    case {maps:take(Ref, S#s.scope_mons), maps:take(Ref, S#s.group_mons)} of
        {{_, Mons}, _} ->
            erlang:demonitor(Ref),
            {reply, ok, S#s{scope_mons = Mons}};
        {error, {_, Mons}} ->
            erlang:demonitor(Ref),
            {reply, ok, S#s{group_mons = Mons}};
        _ ->
            {reply, false, S}
    end;
handle_call(_Request, _From, _S) ->
    erlang:error(badarg).

handle_cast({sync, Peer, Groups}, S) ->
    {noreply, peer_sync(Peer, Groups, S)};
handle_cast(_, _S) ->
    erlang:error(badarg).

handle_info({discover, Peer}, S) ->
    gen_server:cast(Peer, {sync, self(), local_groups(S#s.local)}),
    case maps:is_key(Peer, S#s.peers) of
        true -> {noreply, S};
        false ->
            Ref = erlang:monitor(process, Peer),
            erlang:send(Peer, {discover, self()}, [noconnect]),
            {noreply, S#s{peers = (S#s.peers)#{Peer => {Ref, #{}}}}}
    end;
handle_info({join, Peer, Group, PidOrPids}, S) ->
    case maps:find(Peer, S#s.peers) of
        {ok, {Ref, Groups}} ->
            Pids = pids(PidOrPids),
            add_members(S, Group, Pids, false),
            Groups1 = Groups#{Group => Pids ++ maps:get(Group, Groups, [])},
            {noreply, S#s{peers = (S#s.peers)#{Peer => {Ref, Groups1}}}};
        error ->
            {noreply, S}
    end;
handle_info({leave, Peer, PidOrPids, LeftGroups}, S) ->
    case maps:find(Peer, S#s.peers) of
        {ok, {Ref, Groups}} ->
            Pids = pids(PidOrPids),
            Groups1 = lists:foldl(fun(G, Acc) ->
                                          remove_members(S, G, Pids, false),
                                          case maps:get(G, Acc, []) -- Pids of
                                              [] -> maps:remove(G, Acc);
                                              Rest -> Acc#{G => Rest}
                                          end
                                  end, Groups, LeftGroups),
            {noreply, S#s{peers = (S#s.peers)#{Peer => {Ref, Groups1}}}};
        error ->
            {noreply, S}
    end;
handle_info({'DOWN', Ref, process, Pid, _}, S) when node(Pid) =:= node() ->
    case maps:take(Pid, S#s.local) of
        {{Ref, Groups}, Local} ->
            [remove_members(S, G, [Pid], true) || G <- Groups],
            tell_peers(S, {leave, self(), Pid, Groups}),
            {noreply, S#s{local = Local}};
        _ ->
            {noreply, drop_watcher(Ref, S)}
    end;
handle_info({'DOWN', Ref, process, Pid, _}, S) ->
    case maps:take(Pid, S#s.peers) of
        {{Ref, Groups}, Peers} ->
            maps:foreach(fun(G, Pids) -> remove_members(S, G, Pids, false) end, Groups),
            {noreply, S#s{peers = Peers}};
        _ ->
            {noreply, drop_watcher(Ref, S)}
    end;
handle_info({nodeup, Node}, S) when Node =/= node() ->
    {S#s.scope, Node} ! {discover, self()},
    {noreply, S};
handle_info({nodeup, _}, S) ->
    {noreply, S};
handle_info({nodedown, _}, S) ->
    %% The peer server's DOWN (noconnection) removes its members.
    {noreply, S};
handle_info(_Info, _S) ->
    erlang:error(badarg).

terminate(_Reason, S) ->
    true = ets:delete(S#s.scope).

%% ---- state --------------------------------------------------------------------------

pids(Pid) when is_pid(Pid) -> [Pid];
pids(Pids) -> Pids.

local_join(Pid, Group, Local) ->
    case maps:find(Pid, Local) of
        {ok, {Ref, Groups}} -> Local#{Pid => {Ref, [Group | Groups]}};
        error -> Local#{Pid => {erlang:monitor(process, Pid), [Group]}}
    end.

local_leave(Pid, Group, Local) ->
    case maps:find(Pid, Local) of
        {ok, {Ref, [Group]}} ->
            erlang:demonitor(Ref),
            maps:remove(Pid, Local);
        {ok, {Ref, Groups}} ->
            case lists:member(Group, Groups) of
                true -> Local#{Pid => {Ref, lists:delete(Group, Groups)}};
                false -> Local
            end;
        error ->
            Local
    end.

%% [{Group, [Pid]}] of our local members, as sync sends them.
local_groups(Local) ->
    maps:to_list(maps:fold(fun(Pid, {_, Groups}, Acc) ->
                                   lists:foldl(fun(G, A) -> A#{G => [Pid | maps:get(G, A, [])]} end, Acc, Groups)
                           end, #{}, Local)).

%% A peer's full list replaces what we had from it.
peer_sync(Peer, Groups, S) ->
    {Ref, Old} = case maps:find(Peer, S#s.peers) of
                     {ok, Known} -> Known;
                     error -> {erlang:monitor(process, Peer), #{}}
                 end,
    New = maps:from_list(Groups),
    maps:foreach(fun(G, OldPids) ->
                         case maps:get(G, New, []) of
                             OldPids -> ok;
                             NewPids ->
                                 remove_members(S, G, OldPids -- NewPids, false),
                                 add_members(S, G, NewPids -- OldPids, false)
                         end
                 end, Old),
    maps:foreach(fun(G, Pids) ->
                         case maps:is_key(G, Old) of
                             true -> ok;
                             false -> add_members(S, G, Pids, false)
                         end
                 end, New),
    S#s{peers = (S#s.peers)#{Peer => {Ref, New}}}.

add_members(_S, _Group, [], _IsLocal) -> ok;
add_members(S, Group, Pids, IsLocal) ->
    {All, Local} = case ets:lookup(S#s.scope, Group) of
                       [{_, A, L}] -> {A, L};
                       [] -> {[], []}
                   end,
    Local1 = case IsLocal of true -> Pids ++ Local; false -> Local end,
    true = ets:insert(S#s.scope, {Group, Pids ++ All, Local1}),
    notify(S, join, Group, Pids).

remove_members(_S, _Group, [], _IsLocal) -> ok;
remove_members(S, Group, Pids, IsLocal) ->
    case ets:lookup(S#s.scope, Group) of
        [{_, All, Local}] ->
            Local1 = case IsLocal of true -> Local -- Pids; false -> Local end,
            case All -- Pids of
                [] when Local1 =:= [] -> ets:delete(S#s.scope, Group);
                All1 -> ets:insert(S#s.scope, {Group, All1, Local1})
            end,
            notify(S, leave, Group, Pids);
        [] ->
            ok
    end.

notify(S, Verb, Group, Pids) ->
    maps:foreach(fun(Ref, Pid) -> erlang:send(Pid, {Ref, Verb, Group, Pids}, [noconnect]) end, S#s.scope_mons),
    maps:foreach(fun(Ref, {Pid, G}) when G =:= Group -> erlang:send(Pid, {Ref, Verb, Group, Pids}, [noconnect]);
                    (_, _) -> ok
                 end, S#s.group_mons),
    ok.

tell_peers(S, Msg) ->
    [erlang:send(Peer, Msg, [noconnect]) || Peer <- maps:keys(S#s.peers)],
    ok.

drop_watcher(Ref, S) ->
    S#s{scope_mons = maps:remove(Ref, S#s.scope_mons), group_mons = maps:remove(Ref, S#s.group_mons)}.
