%% global: names and locks shared by every node of a cluster, speaking
%% kernel's global protocol (version 8) so that erlts nodes and real erl
%% nodes keep one name table between them.
%%
%% Four processes per node, as in OTP, because each of them waits for
%% other nodes while the server must keep answering:
%%   global_name_server  the table of names and locks, and the connection
%%                       protocol with the other nodes' servers;
%%   the locker          takes global's lock over both partitions when two
%%                       nodes meet, so the name tables can be merged;
%%   the registrar       runs register/unregister under global's lock on
%%                       every known node;
%%   a resolver per meeting node, which decides name conflicts.
%%
%% When node A meets node B (nodeup):
%%   A -> B  {init_connect, {8, TagA}, A, {locker, _, _, LockerA}}
%%   B -> A  {init_connect_ack, B, TagA, TagB} (verifies both sessions)
%%   the lockers lock {global, [LockerA, LockerB]} on both partitions,
%%   telling each other through the servers: {lock_set, Locker, true, Known, Tag}
%%   A -> B  {exchange, A, Names, [], TagB}; B's resolver compares them
%%   A -> B  {resolved, A, Ops, Known, unused, [], TagB}
%%   A -> A's other nodes  {new_nodes, A, Ops, [], NewNodes, Info}
%%   those nodes -> B's nodes  {in_sync, Node, true}
-module(global).
-behaviour(gen_server).

-export([start/0, start_link/0, stop/0, sync/0, sync/1, send/2, whereis_name/1,
         register_name/2, register_name/3, re_register_name/2, re_register_name/3,
         unregister_name/1, registered_names/0, set_lock/1, set_lock/2, set_lock/3,
         del_lock/1, del_lock/2, trans/2, trans/3, trans/4, info/0, disconnect/0,
         random_exit_name/3, random_notify_name/3, notify_all_name/3, resolve_it/4]).
-export([init/1, handle_call/3, handle_cast/2, handle_info/2, terminate/2, code_change/3]).
-export([boot/0, locker_init/0, registrar_loop/0, resolver/2, syncer/2, sync_other/1]).

-define(VSN, 8).
-define(SERVER, global_name_server).
%% The resource id of global's own lock (taken to change the name table).
-define(GLOBAL_LOCK, global).

-record(state, {known = #{},          % Node => Vsn; {pending, Node} => Vsn
                synced = [],          % nodes whose names we have merged
                resolvers = [],       % [{Node, MyTag, ResolverPid}]
                syncers = [],         % processes waiting in global:sync/0,1
                locker, registrar,
                name_refs = #{},      % monitor ref => Name
                lock_refs = #{},      % monitor ref => ResourceId
                lock_down = false}).  % global's lock went with its holder

%% ---- the API ------------------------------------------------------------------

start() -> gen_server:start({local, ?SERVER}, ?MODULE, [], []).
start_link() -> gen_server:start_link({local, ?SERVER}, ?MODULE, [], []).
stop() -> gen_server:call(?SERVER, stop, infinity).

%% The server's process when the node becomes alive: it is registered
%% already (src/distribution/services.ts), so it enters the loop directly.
boot() ->
    {ok, S} = init([]),
    gen_server:enter_loop(?MODULE, [], S, {local, ?SERVER}).

sync() -> gen_server:call(?SERVER, {sync, nodes()}, infinity).
sync(Nodes) when is_list(Nodes) -> gen_server:call(?SERVER, {sync, Nodes}, infinity).

send(Name, Msg) ->
    case whereis_name(Name) of
        Pid when is_pid(Pid) -> Pid ! Msg, Pid;
        undefined -> exit({badarg, {Name, Msg}})
    end.

whereis_name(Name) ->
    case catch ets:lookup(global_names, Name) of
        [{_, Pid, _, _}] when node(Pid) =:= node() ->
            case is_process_alive(Pid) of
                true -> Pid;
                false -> undefined
            end;
        [{_, Pid, _, _}] -> Pid;
        _ -> undefined
    end.

registered_names() ->
    case catch ets:tab2list(global_names) of
        L when is_list(L) -> [Name || {Name, _, _, _} <- L];
        _ -> []
    end.

register_name(Name, Pid) when is_pid(Pid) ->
    register_name(Name, Pid, fun ?MODULE:random_exit_name/3).

register_name(Name, Pid, Method0) when is_pid(Pid) ->
    Method = method(Method0),
    under_lock(fun(Nodes) ->
                       case whereis_name(Name) =:= undefined andalso only_name(Name, Pid) of
                           true ->
                               _ = gen_server:multi_call(Nodes, ?SERVER, {register, Name, Pid, Method}),
                               yes;
                           false ->
                               no
                       end
               end).

re_register_name(Name, Pid) when is_pid(Pid) ->
    re_register_name(Name, Pid, fun ?MODULE:random_exit_name/3).

re_register_name(Name, Pid, Method0) when is_pid(Pid) ->
    Method = method(Method0),
    under_lock(fun(Nodes) ->
                       _ = gen_server:multi_call(Nodes, ?SERVER, {register, Name, Pid, Method}),
                       yes
               end).

unregister_name(Name) ->
    case whereis_name(Name) of
        undefined -> ok;
        _ ->
            under_lock(fun(Nodes) ->
                               _ = gen_server:multi_call(Nodes, ?SERVER, {unregister, Name}),
                               ok
                       end)
    end.

%% A process has one global name: a second one is refused with OTP's error report.
only_name(Name, Pid) ->
    case [N || {N, P, _, _} <- ets:tab2list(global_names), P =:= Pid] of
        [] -> true;
        Names ->
            logger:log(error, "global: ~w registered under several names: ~tw\n", [Pid, [Name | Names]]),
            false
    end.

method({M, F}) when is_atom(M), is_atom(F) -> fun M:F/3;
method(F) when is_function(F, 3) -> F.

%% The registrar runs Fun(Nodes) with global's lock held on every known node.
under_lock(Fun) -> gen_server:call(?SERVER, {registrar, Fun}, infinity).

set_lock(Id) -> set_lock(Id, [node() | nodes()], infinity, 1).
set_lock(Id, Nodes) -> set_lock(Id, Nodes, infinity, 1).
set_lock(Id, Nodes, Retries) when Retries =:= infinity; is_integer(Retries), Retries >= 0 ->
    set_lock(Id, Nodes, Retries, 1).

set_lock({_, _}, [], _Retries, _Times) -> true;
set_lock({_, _} = Id, Nodes, Retries, Times) ->
    case lock_nodes(Id, Nodes) of
        true -> true;
        false when Retries =:= 0 -> false;
        false ->
            backoff(Times),
            set_lock(Id, Nodes, decr(Retries), Times + 1)
    end.

del_lock(Id) -> del_lock(Id, [node() | nodes()]).
del_lock({_, _} = Id, Nodes) ->
    _ = gen_server:multi_call(Nodes, ?SERVER, {del_lock, Id}),
    true.

trans(Id, Fun) -> trans(Id, Fun, [node() | nodes()], infinity).
trans(Id, Fun, Nodes) -> trans(Id, Fun, Nodes, infinity).
trans(Id, Fun, Nodes, Retries) ->
    case set_lock(Id, Nodes, Retries) of
        true ->
            try Fun() after del_lock(Id, Nodes) end;
        false ->
            aborted
    end.

info() -> gen_server:call(?SERVER, info, infinity).
disconnect() -> gen_server:call(?SERVER, disconnect, infinity).

%% Locks Id on all Nodes or on none: a refusal releases what was taken.
lock_nodes(Id, Nodes) ->
    %% Asking our own table first saves a round of calls when it is taken here.
    case length(Nodes) > 1 andalso lists:member(node(), Nodes) andalso can_lock(Id) =:= false of
        true -> false;
        false ->
            {Replies, _Bad} = gen_server:multi_call(Nodes, ?SERVER, {set_lock, Id}),
            case [N || {N, false} <- Replies] of
                [] -> true;
                _ ->
                    Taken = [N || {N, true} <- Replies],
                    _ = gen_server:multi_call(Taken, ?SERVER, {del_lock, Id}),
                    false
            end
    end.

%% true with the lock's holders when Id may be locked here, else false.
can_lock({Resource, Requester}) ->
    case catch ets:lookup(global_locks, Resource) of
        [{_, Requester, Holders}] -> {true, Holders};
        [{_, _, _}] -> false;
        _ -> {true, []}
    end.

global_lock_set() -> catch ets:member(global_locks, ?GLOBAL_LOCK).

%% Waits a random time, up to 1/4 s the first time and doubling to 8 s.
backoff(Times) ->
    Max = if Times > 5 -> 8000; true -> (1 bsl Times) * 1000 div 8 end,
    receive after rand:uniform(Max) -> ok end.

decr(infinity) -> infinity;
decr(N) -> N - 1.

%% ---- resolve methods ------------------------------------------------------------

%% The pid on the smaller node keeps the name; the other one is killed.
random_exit_name(Name, Pid, Pid2) ->
    {Keep, Lose} = by_node(Pid, Pid2),
    logger:log(info, "global: Name conflict terminating ~tw\n", [{Name, Lose}]),
    exit(Lose, kill),
    Keep.

random_notify_name(Name, Pid, Pid2) ->
    {Keep, Lose} = by_node(Pid, Pid2),
    Lose ! {global_name_conflict, Name},
    Keep.

notify_all_name(Name, Pid, Pid2) ->
    Pid ! {global_name_conflict, Name, Pid2},
    Pid2 ! {global_name_conflict, Name, Pid},
    none.

by_node(P1, P2) when node(P1) < node(P2) -> {P1, P2};
by_node(P1, P2) -> {P2, P1}.

%% Called by a resolver (ours or a real node's) with rpc on the node of Pid2.
resolve_it(Method, Name, Pid1, Pid2) ->
    catch Method(Name, Pid1, Pid2).

%% ---- the server -----------------------------------------------------------------

init([]) ->
    process_flag(trap_exit, true),
    ok = net_kernel:monitor_nodes(true),
    _ = ets:new(global_names, [set, named_table, protected]),
    _ = ets:new(global_locks, [set, named_table, protected]),
    S = #state{locker = spawn_link(?MODULE, locker_init, []),
               registrar = spawn_link(?MODULE, registrar_loop, [])},
    %% Nodes connected before we started are met now, as at nodeup.
    self() ! meet_connected,
    {ok, S}.

handle_call({registrar, Fun}, From, S) ->
    S#state.registrar ! {under_lock, Fun, From},
    {noreply, S};
handle_call({register, Name, Pid, Method}, {From, _}, S) ->
    {reply, yes, insert_name(Name, Pid, Method, From, [], S)};
handle_call({unregister, Name}, _From, S) ->
    {reply, ok, delete_name(Name, S)};
handle_call({set_lock, Id}, {Pid, _}, S) ->
    case can_lock(Id) of
        {true, Holders} ->
            case lists:keymember(Pid, 1, Holders) of
                true -> {reply, true, S};
                false -> {reply, true, add_lock(Id, Pid, Holders, S)}
            end;
        false ->
            {reply, false, S}
    end;
handle_call({del_lock, Id}, {Pid, _}, S) ->
    {reply, true, release_lock(Id, Pid, false, S)};
handle_call(get_known, _From, S) ->
    {reply, known_nodes(S), S};
handle_call(get_synced, _From, S) ->
    {reply, S#state.synced, S};
handle_call({sync, Nodes}, From, S) ->
    Pid = spawn_link(?MODULE, syncer, [lists:delete(node(), Nodes) -- S#state.synced, From]),
    {noreply, S#state{syncers = [Pid | S#state.syncers]}};
handle_call(get_protocol_version, _From, S) ->
    {reply, ?VSN, S};
handle_call(get_names_ext, _From, S) ->
    {reply, [], S};
handle_call(info, _From, S) ->
    {reply, S, S};
handle_call(disconnect, _From, S) ->
    Nodes = known_nodes(S),
    [erlang:disconnect_node(N) || N <- Nodes],
    {reply, Nodes, S};
handle_call(stop, _From, S) ->
    {stop, normal, stopped, S};
handle_call(_Other, _From, S) ->
    {noreply, S}.

handle_cast({init_connect, {HisVsn, HisTag}, Node, InitMsg}, S) ->
    {noreply, init_connect(erlang:min(HisVsn, ?VSN), Node, InitMsg, HisTag, HisVsn, S)};
handle_cast({init_connect, Vsn, Node, InitMsg}, S) when is_tuple(Vsn), tuple_size(Vsn) > 2 ->
    %% A newer protocol: its first two fields are still version and tag.
    {noreply, init_connect(?VSN, Node, InitMsg, element(2, Vsn), element(1, Vsn), S)};
handle_cast({lock_is_set, Node, MyTag, LockId}, S) ->
    %% From our locker: both partitions are locked. Our names go to Node.
    case get({my_tag, Node}) of
        MyTag ->
            cast(Node, {exchange, node(), names(), [], get({his_tag, Node})}),
            put({lock_id, Node}, LockId),
            case get({wait_lock, Node}) of
                {exchange, NameList} -> resolve(Node, NameList, S);
                _ -> put({wait_lock, Node}, lock_is_set)
            end,
            {noreply, S};
        _ ->
            {noreply, cancel_locker(Node, S, MyTag)}
    end;
handle_cast({exchange, Node, NameList, _NamesExt, MyTag}, S) ->
    case get({my_tag, Node}) of
        MyTag ->
            case get({wait_lock, Node}) of
                lock_is_set -> resolve(Node, NameList, S);
                _ -> put({wait_lock, Node}, {exchange, NameList})
            end,
            {noreply, S};
        _ ->
            {noreply, cancel_locker(Node, S, MyTag)}
    end;
handle_cast({exchange_ops, Node, MyTag, Ops, Resolved}, S) ->
    %% From our resolver: tell Node what we decided, then merge once Node has too.
    case get({my_tag, Node}) of
        MyTag ->
            cast(Node, {resolved, node(), Resolved, known_list(node_vsn(Node, S), S), unused, [], get({his_tag, Node})}),
            case get({save_ops, Node}) of
                {resolved, HisKnown, HisResolved} ->
                    put({save_ops, Node}, Ops),
                    {noreply, resolved(Node, HisResolved, HisKnown, S)};
                _ ->
                    put({save_ops, Node}, Ops),
                    {noreply, S}
            end;
        _ ->
            {noreply, cancel_locker(Node, S, MyTag)}
    end;
handle_cast({resolved, Node, HisResolved, HisKnown, _Unused, _NamesExt, MyTag}, S) ->
    case get({my_tag, Node}) of
        MyTag ->
            case get({save_ops, Node}) of
                Ops when is_list(Ops) -> {noreply, resolved(Node, HisResolved, HisKnown, S)};
                _ -> put({save_ops, Node}, {resolved, HisKnown, HisResolved}), {noreply, S}
            end;
        _ ->
            {noreply, cancel_locker(Node, S, MyTag)}
    end;
handle_cast({new_nodes, Node, Ops, _NamesExt, Nodes, ExtraInfo}, S0) ->
    %% A node of our partition met Nodes: their names come with it.
    {Added, S1} = add_known(Nodes, S0),
    sync_others(Added),
    S = do_ops(Ops, Node, ExtraInfo, S1),
    S#state.locker ! {add_to_known, Added},
    {noreply, S};
handle_cast({in_sync, Node, _IsKnown}, S0) ->
    [P ! {synced, [Node]} || P <- S0#state.syncers],
    Synced = [Node | lists:delete(Node, S0#state.synced)],
    S1 = S0#state{known = maps:remove({pending, Node}, S0#state.known), synced = Synced},
    S = cancel_locker(Node, S1, get({my_tag, Node})),
    forget_session(Node),
    {noreply, S};
handle_cast({lock_set, Pid, _Set, _HisKnown, MyTag} = Msg, S) ->
    %% Lockers talk through the servers; a stale session's message is dropped.
    case get({my_tag, node(Pid)}) of
        MyTag -> S#state.locker ! Msg;
        _ -> ok
    end,
    {noreply, S};
handle_cast({lock_set, _Pid, _Set, _HisKnown} = Msg, S) ->
    S#state.locker ! Msg,
    {noreply, S};
handle_cast(_Other, S) ->
    {noreply, S}.

handle_info(meet_connected, S) ->
    {noreply, lists:foldl(fun nodeup/2, S, nodes())};
handle_info({nodeup, Node}, S) ->
    {noreply, nodeup(Node, S)};
handle_info({nodedown, Node}, S) ->
    {noreply, nodedown(Node, S)};
handle_info({extra_nodedown, Node}, S) ->
    [P ! {nodedown, Node} || P <- S#state.syncers],
    {noreply, nodedown(Node, S)};
handle_info({init_connect_ack, Node, HisMyTag, HisHisTag}, S) ->
    case get({my_tag, Node}) =:= HisMyTag andalso get({his_tag, Node}) =:= HisHisTag of
        true -> {noreply, S};
        false ->
            %% The two sides started different sessions: both start over.
            volatile_send(Node, {cancel_connect, node(), HisHisTag}),
            {noreply, restart_connect(Node, get({my_tag, Node}), S)}
    end;
handle_info({cancel_connect, Node, MyTag}, S0) ->
    case get({my_tag, Node}) of
        MyTag ->
            S1 = cancel_locker(Node, S0, MyTag),
            forget_session(Node),
            S2 = S1#state{known = maps:remove({pending, Node}, S1#state.known)},
            {noreply, restart_connect(Node, MyTag, S2)};
        _ ->
            {noreply, S0}
    end;
handle_info({whereis, Name, From}, S) ->
    gen_server:reply(From, whereis_name(Name)),
    {noreply, S};
handle_info({'DOWN', Ref, process, _Pid, _Info}, S0) ->
    S1 = case maps:take(Ref, S0#state.lock_refs) of
             {Resource, Refs} ->
                 drop_lock_holder(Resource, Ref, S0#state{lock_refs = Refs});
             error -> S0
         end,
    S = case maps:find(Ref, S1#state.name_refs) of
            {ok, Name} -> delete_name(Name, S1);
            error -> S1
        end,
    {noreply, S};
handle_info({'EXIT', Pid, Reason}, S) when Pid =:= S#state.locker; Pid =:= S#state.registrar ->
    {stop, {helper_died, Reason}, S};
handle_info({'EXIT', Pid, _Reason}, S) ->
    {noreply, S#state{syncers = lists:delete(Pid, S#state.syncers)}};
handle_info(_Other, S) ->
    %% lost_connection and remove_connection (overlapping partitions), traces...
    {noreply, S}.

terminate(_Reason, _S) ->
    catch ets:delete(global_names),
    catch ets:delete(global_locks),
    ok.

code_change(_Old, S, _Extra) -> {ok, S}.

%% ---- meeting a node ---------------------------------------------------------------

nodeup(Node, S) when Node =:= node() -> S;
nodeup(Node, #state{known = Known, resolvers = Rs} = S) ->
    case erts_connect_all() andalso not maps:is_key(Node, Known) andalso not lists:keymember(Node, 1, Rs) of
        false -> S;
        true ->
            %% The tag tells this session's messages from an older one's.
            MyTag = erlang:unique_integer([monotonic]),
            put({my_tag, Node}, MyTag),
            cast(Node, {init_connect, {?VSN, MyTag}, node(), {locker, no_longer_a_pid, known_nodes(S), S#state.locker}}),
            Resolver = spawn(?MODULE, resolver, [Node, MyTag]),
            S1 = S#state{resolvers = [{Node, MyTag, Resolver} | Rs]},
            %% An init_connect that came before our nodeup is handled now.
            case erase({early_init, Node}) of
                {Vsn, InitMsg, HisTag, HisVsn} -> init_connect(Vsn, Node, InitMsg, HisTag, HisVsn, S1);
                undefined -> S1
            end
    end.

%% -connect_all false: global does not merge partitions (nor connect them).
erts_connect_all() ->
    case init:get_argument(connect_all) of
        {ok, [["false" | _] | _]} -> false;
        _ -> true
    end.

init_connect(Vsn, Node, InitMsg, HisTag, HisVsn, S0) ->
    S = case maps:is_key({pending, Node}, S0#state.known) of
            true ->
                %% A second session while one is under way: both start over.
                volatile_send(Node, {cancel_connect, node(), HisTag}),
                restart_connect(Node, get({my_tag, Node}), S0);
            false -> S0
        end,
    put({his_tag, Node}, HisTag),
    put({his_vsn, Node}, Vsn),
    case lists:keyfind(Node, 1, S#state.resolvers) of
        {Node, MyTag, _} ->
            {locker, _, _, HisLocker} = InitMsg,
            S#state.locker ! {his_locker, HisLocker, HisVsn, HisTag, MyTag},
            volatile_send(Node, {init_connect_ack, node(), HisTag, MyTag}),
            S#state{known = (S#state.known)#{{pending, Node} => HisVsn}};
        false ->
            put({early_init, Node}, {Vsn, InitMsg, HisTag, HisVsn}),
            S
    end.

restart_connect(Node, MyTag, S0) ->
    S1 = cancel_locker(Node, S0, MyTag),
    forget_session(Node),
    S2 = S1#state{known = maps:remove({pending, Node}, S1#state.known)},
    case is_integer(MyTag) of
        true -> nodeup(Node, S2);
        false -> S2
    end.

nodedown(Node, S0) when Node =:= node() -> S0;
nodedown(Node, S0) ->
    %% Names and locks of Node's processes go with their monitors' DOWN.
    S = cancel_locker(Node, S0, get({my_tag, Node})),
    S#state.locker ! {remove_from_known, Node},
    forget_session(Node),
    Known = maps:remove(Node, maps:remove({pending, Node}, S#state.known)),
    S#state{known = Known, synced = lists:delete(Node, S#state.synced)}.

cancel_locker(Node, S, Tag) -> cancel_locker(Node, S, Tag, no_fun).

cancel_locker(Node, S, Tag, Fun) ->
    S#state.locker ! {cancel, Node, Tag, Fun},
    %% The other side is told when a session it knows of ends here.
    case maps:is_key({pending, Node}, S#state.known) andalso Tag =/= undefined
        andalso Tag =:= get({my_tag, Node}) of
        true -> volatile_send(Node, {cancel_connect, node(), get({his_tag, Node})});
        false -> ok
    end,
    case lists:keyfind(Node, 1, S#state.resolvers) of
        {_, Tag, Resolver} ->
            exit(Resolver, kill),
            S#state{resolvers = lists:keydelete(Node, 1, S#state.resolvers)};
        _ ->
            S
    end.

forget_session(Node) ->
    [erase({K, Node}) || K <- [wait_lock, save_ops, early_init, his_vsn, my_tag, his_tag, lock_id]],
    ok.

%% Both sides hold the lock and have each other's names: hand them to the resolver.
resolve(Node, NameList, S) ->
    erase({wait_lock, Node}),
    case lists:keyfind(Node, 1, S#state.resolvers) of
        {Node, _, Resolver} -> Resolver ! {resolve, NameList, Node};
        false -> ok
    end.

%% Both partitions' operations are known: apply them, and tell our partition.
resolved(Node, HisResolved, HisKnown, S0) ->
    Ops = erase({save_ops, Node}) ++ HisResolved,
    Known = S0#state.known,
    NewNodes = vsn_list([Node | HisKnown], S0),
    HisNodes = plain_nodes(HisKnown),
    sync_others(HisNodes),
    ExtraInfo = [{vsn, get({his_vsn, Node})}, {lock, get({lock_id, Node})}],
    S1 = do_ops(Ops, node(), ExtraInfo, S0),
    [P ! {synced, [Node]} || P <- S1#state.syncers],
    S2 = lists:foldl(fun(N, Acc) -> finish_session(N, Acc, no_fun) end, S1, HisNodes),
    %% Our locker sends new_nodes before it lets the lock go, so every node
    %% of our partition has the new names before anyone may change them.
    NewNodesMsg = {new_nodes, node(), Ops, [], NewNodes, ExtraInfo},
    Tell = fun() ->
                   maps:foreach(fun(N, V) when is_atom(N), V >= 7 -> cast(N, NewNodesMsg);
                                   (N, _) when is_atom(N) ->
                                        cast(N, {new_nodes, node(), Ops, [], plain_nodes(NewNodes), ExtraInfo});
                                   (_, _) -> ok
                                end, Known)
           end,
    S3 = finish_session(Node, S2, Tell),
    {Added, S4} = add_known(NewNodes, S3),
    S4#state.locker ! {add_to_known, Added},
    S4#state{synced = [Node | lists:delete(Node, S4#state.synced)]}.

finish_session(Node, S0, Fun) ->
    Tag = get({my_tag, Node}),
    S1 = S0#state{known = maps:remove({pending, Node}, S0#state.known)},
    S = cancel_locker(Node, S1, Tag, Fun),
    forget_session(Node),
    S.

%% Nodes that our partition learns of: tell each we are in sync with it.
sync_others(Nodes) ->
    [spawn(?MODULE, sync_other, [N]) || N <- Nodes],
    ok.

sync_other(Node) ->
    erlang:monitor_node(Node, true),
    receive
        {nodedown, Node} ->
            logger:log(warning, "'global' at ~w failed to connect to ~w\n", [node(), Node]),
            ?SERVER ! {extra_nodedown, Node}
    after 0 ->
            gen_server:cast({?SERVER, Node}, {in_sync, node(), true})
    end.

do_ops(Ops, From, ExtraInfo, S0) ->
    S1 = lists:foldl(fun({insert, {Name, Pid, Method}}, S) -> insert_name(Name, Pid, Method, From, ExtraInfo, S);
                        (_, S) -> S
                     end, S0, Ops),
    lists:foldl(fun({delete, Name}, S) -> delete_name(Name, S);
                   (_, S) -> S
                end, S1, Ops).

%% ---- the name table ----------------------------------------------------------------

names() -> [{Name, Pid, Method} || {Name, Pid, Method, _} <- ets:tab2list(global_names)].

insert_name(Name, Pid, Method, From, ExtraInfo, S0) ->
    S1 = delete_name(Name, S0),
    Ref = erlang:monitor(process, Pid),
    true = ets:insert(global_names, {Name, Pid, Method, Ref}),
    S = S1#state{name_refs = (S1#state.name_refs)#{Ref => Name}},
    %% A registration whose lock has gone meanwhile (its node went down and
    %% came back) must not stay: the rest of the cluster has not got it.
    case lock_still_held(From, ExtraInfo, S) of
        true -> S;
        false -> delete_name(Name, S)
    end.

lock_still_held(From, ExtraInfo, S) ->
    case ets:lookup(global_locks, ?GLOBAL_LOCK) of
        [{_, _, Holders}] when is_pid(From) -> lists:keymember(From, 1, Holders);
        [{_, Requester, _}] ->
            case lists:keyfind(lock, 1, ExtraInfo) of
                {lock, {?GLOBAL_LOCK, Requester}} -> true;
                _ -> false
            end;
        [] -> not S#state.lock_down
    end.

delete_name(Name, S) ->
    case ets:lookup(global_names, Name) of
        [{_, _Pid, _, Ref}] ->
            true = ets:delete(global_names, Name),
            erlang:demonitor(Ref, [flush]),
            S#state{name_refs = maps:remove(Ref, S#state.name_refs)};
        [] ->
            S
    end.

%% ---- the lock table ------------------------------------------------------------------

add_lock({Resource, Requester}, Pid, Holders, S) ->
    Ref = erlang:monitor(process, Pid),
    true = ets:insert(global_locks, {Resource, Requester, [{Pid, Ref} | Holders]}),
    S#state{lock_refs = (S#state.lock_refs)#{Ref => Resource}}.

release_lock({Resource, Requester}, Pid, Down, S) ->
    case ets:lookup(global_locks, Resource) of
        [{_, Requester, Holders}] ->
            case lists:keyfind(Pid, 1, Holders) of
                {Pid, Ref} ->
                    erlang:demonitor(Ref, [flush]),
                    S1 = S#state{lock_refs = maps:remove(Ref, S#state.lock_refs)},
                    set_holders(Resource, Requester, lists:keydelete(Pid, 1, Holders), Down, S1);
                false ->
                    S
            end;
        _ ->
            S
    end.

drop_lock_holder(Resource, Ref, S) ->
    case ets:lookup(global_locks, Resource) of
        [{_, Requester, Holders}] ->
            set_holders(Resource, Requester, lists:keydelete(Ref, 2, Holders), true, S);
        [] ->
            S
    end.

set_holders(Resource, _Requester, [], Down, S) ->
    true = ets:delete(global_locks, Resource),
    case Resource of
        ?GLOBAL_LOCK -> S#state{lock_down = Down};
        _ -> S
    end;
set_holders(Resource, Requester, Holders, _Down, S) ->
    true = ets:insert(global_locks, {Resource, Requester, Holders}),
    S.

%% ---- known nodes -----------------------------------------------------------------------

known_nodes(#state{known = Known}) -> [N || N <- maps:keys(Known), is_atom(N)].

%% As sent in resolved: [{Node, Vsn}] to nodes of version 7 and later, else [Node].
known_list(Vsn, S) when Vsn < 7 -> known_nodes(S);
known_list(_Vsn, #state{known = Known}) -> [{N, V} || {N, V} <- maps:to_list(Known), is_atom(N)].

node_vsn(Node, #state{known = Known}) ->
    case maps:find(Node, Known) of
        {ok, V} -> V;
        error -> maps:get({pending, Node}, Known, 0)
    end.

vsn_list(Nodes, S) ->
    [case N of
         {Node, V} when is_atom(Node), is_integer(V), V > 0 -> N;
         {Node, _} -> {Node, node_vsn(Node, S)};
         Node -> {Node, node_vsn(Node, S)}
     end || N <- Nodes].

plain_nodes(Nodes) -> [case N of {Node, _} -> Node; Node -> Node end || N <- Nodes].

add_known(Nodes, #state{known = Known0} = S) ->
    {Added, Known} =
        lists:foldl(fun(Entry, {A, K}) ->
                            {N, V} = case Entry of {N0, V0} -> {N0, V0}; N0 -> {N0, 0} end,
                            case N =:= node() orelse maps:find(N, K) of
                                true -> {A, K};
                                error -> {[N | A], K#{N => V}};
                                {ok, Old} when Old < 0 -> {A, K#{N => V}};
                                {ok, _} -> {A, K}
                            end
                    end, {[], Known0}, Nodes),
    {Added, S#state{known = Known}}.

%% ---- sending to other servers -------------------------------------------------------------

cast(Node, Msg) -> gen_server:cast({?SERVER, Node}, Msg).

%% A message that must not open a connection (to a node we have just lost).
volatile_send(Node, Msg) ->
    case lists:member(Node, nodes()) of
        true -> {?SERVER, Node} ! Msg, ok;
        false -> ok
    end.

%% ---- the registrar -------------------------------------------------------------------------

registrar_loop() ->
    receive
        {under_lock, Fun, From} ->
            gen_server:reply(From, with_global_lock(Fun));
        _ ->
            ok
    end,
    ?MODULE:registrar_loop().

%% Fun(Nodes) with global's lock on every node we know, the boss (the
%% greatest node) first, as every node does, and again until no node
%% became known while we were locking.
with_global_lock(Fun) ->
    Id = {?GLOBAL_LOCK, self()},
    Nodes = lock_known(Id, 0),
    try Fun(Nodes) after unlock(Id, Nodes) end.

lock_known(Id, Times) ->
    Known = gen_server:call(?SERVER, get_known, infinity),
    Nodes = [node() | Known],
    Boss = lists:max(Nodes),
    case lock_nodes(Id, [Boss]) of
        true ->
            case lock_nodes(Id, Nodes) andalso gen_server:call(?SERVER, get_known, infinity) -- Known =:= [] of
                true -> Nodes;
                false ->
                    del_lock(Id, [Boss]),
                    backoff(Times + 1),
                    lock_known(Id, Times + 1)
            end;
        false ->
            backoff(Times + 1),
            lock_known(Id, Times + 1)
    end.

%% The boss's lock goes last, so nobody locks the others meanwhile.
unlock(Id, Nodes) ->
    Boss = lists:max(Nodes),
    del_lock(Id, lists:delete(Boss, Nodes)),
    del_lock(Id, [Boss]).

%% ---- the resolver ----------------------------------------------------------------------------

resolver(Node, Tag) ->
    receive
        {resolve, NameList, Node} ->
            {Ops, Resolved} = compare_names(NameList, Node, [], []),
            gen_server:cast(?SERVER, {exchange_ops, Node, Tag, Ops, Resolved});
        _ ->
            resolver(Node, Tag)
    end.

%% Ops: what we apply; Resolved: what Node's partition applies. A clash is
%% decided by the smaller node of the two, calling the resolve method on
%% the node of our pid.
compare_names([{Name, Pid, Method} | Rest], Node, Ops, Res) ->
    case ets:lookup(global_names, Name) of
        [{_, Pid, _, _}] ->
            compare_names(Rest, Node, Ops, Res);
        [{_, Pid2, Method2, _}] when node() < Node ->
            case rpc:call(node(Pid2), ?MODULE, resolve_it, [Method2, Name, Pid, Pid2]) of
                Pid ->
                    compare_names(Rest, Node, [{insert, {Name, Pid, Method}} | Ops], Res);
                Pid2 ->
                    compare_names(Rest, Node, Ops, [{insert, {Name, Pid2, Method2}} | Res]);
                none ->
                    Op = {delete, Name},
                    compare_names(Rest, Node, [Op | Ops], [Op | Res]);
                {badrpc, Why} ->
                    logger:log(info, "global: badrpc ~w received when conflicting name ~tw was found\n", [Why, Name]),
                    compare_names(Rest, Node, [{insert, {Name, Pid, Method}} | Ops], Res);
                Else ->
                    logger:log(info, "global: Resolve method ~w for conflicting name ~tw returned ~tw\n", [Method, Name, Else]),
                    Op = {delete, Name},
                    compare_names(Rest, Node, [Op | Ops], [Op | Res])
            end;
        [_] ->
            %% Node is the smaller one: it decides.
            compare_names(Rest, Node, Ops, Res);
        [] ->
            compare_names(Rest, Node, [{insert, {Name, Pid, Method}} | Ops], Res)
    end;
compare_names([], _Node, Ops, Res) ->
    {Ops, Res}.

%% ---- global:sync/0,1 ---------------------------------------------------------------------------

syncer(Nodes, From) ->
    [monitor_node(N, true) || N <- Nodes],
    sync_wait(Nodes, From).

sync_wait([], From) -> gen_server:reply(From, ok);
sync_wait(Nodes, From) ->
    receive
        {nodedown, N} ->
            monitor_node(N, false),
            sync_wait(lists:delete(N, Nodes), From);
        {synced, Done} ->
            [monitor_node(N, false) || N <- Done],
            sync_wait(Nodes -- Done, From)
    end.

%% ---- the locker ---------------------------------------------------------------------------------
%%
%% One per node. For each node met it waits a while (so that of two nodes
%% meeting one usually starts first), then locks its own partition and the
%% other node with the lock id both lockers share, {global, [L1, L2]}, and
%% tells the other locker. The other locker locks its partition with the
%% same id (a lock taken with the same requester id is granted again).
%% Once both have it, the servers merge the names; the lock stays until
%% the server cancels the session.

-record(him, {node, locker, vsn, my_tag, his_tag}).
-record(lk, {pending = [], known = [], just_synced = false}).

locker_init() ->
    process_flag(trap_exit, true),
    Known = gen_server:call(?SERVER, get_known, infinity),
    locker_loop(#lk{known = Known}).

locker_loop(L) ->
    receive
        Msg -> locker_msg(Msg, L)
    after 0 ->
            Wait = case L of
                       #lk{pending = []} -> infinity;
                       #lk{just_synced = true} -> 0;
                       #lk{known = []} -> 200;
                       #lk{known = K} -> erlang:min(1000 + 100 * length(K), 3000)
                   end,
            receive
                Msg -> locker_msg(Msg, L#lk{just_synced = false})
            after Wait ->
                    case global_lock_set() of
                        true -> locker_loop(L#lk{just_synced = false});
                        _ -> try_lock(L#lk{just_synced = false})
                    end
            end
    end.

locker_msg({his_locker, HisLocker, HisVsn, HisTag, MyTag}, L) ->
    Him = #him{node = node(HisLocker), locker = HisLocker, vsn = HisVsn, my_tag = MyTag, his_tag = HisTag},
    locker_loop(L#lk{pending = [Him | L#lk.pending]});
locker_msg({cancel, _Node, undefined, no_fun}, L) ->
    locker_loop(L);
locker_msg({cancel, Node, Tag, _Fun}, L) ->
    locker_loop(forget(Node, Tag, L));
locker_msg({lock_set, Pid, true, _HisKnown, MyTag}, L) ->
    %% The other locker has locked its side first: lock ours and answer.
    Node = node(Pid),
    case lists:keyfind(Node, #him.node, L#lk.pending) of
        #him{my_tag = MyTag, his_tag = HisTag} ->
            LockId = lock_id(Pid),
            {IsSet, L1} = lock_partition(LockId, [], L),
            tell(Pid, IsSet, HisTag, L1),
            case IsSet of
                true ->
                    gen_server:cast(?SERVER, {lock_is_set, Node, MyTag, LockId}),
                    hold_lock(Node, LockId, MyTag, [node() | L1#lk.known]),
                    locker_loop(forget(Node, MyTag, L1#lk{just_synced = true}));
                false ->
                    locker_loop(L1)
            end;
        _ ->
            tell(Pid, false, 0, L),
            locker_loop(L)
    end;
locker_msg({lock_set, Pid, true, HisKnown}, L) ->
    case lists:keyfind(node(Pid), #him.node, L#lk.pending) of
        #him{my_tag = MyTag} -> locker_msg({lock_set, Pid, true, HisKnown, MyTag}, L);
        false -> tell(Pid, false, 0, L), locker_loop(L)
    end;
locker_msg({add_to_known, Nodes}, L) ->
    locker_loop(L#lk{known = Nodes ++ (L#lk.known -- Nodes)});
locker_msg({remove_from_known, Node}, L) ->
    locker_loop(L#lk{known = lists:delete(Node, L#lk.known)});
locker_msg(_Other, L) ->
    locker_loop(L).

forget(Node, Tag, L) ->
    L#lk{pending = [H || H <- L#lk.pending, not (H#him.node =:= Node andalso H#him.my_tag =:= Tag)]}.

lock_id(HisLocker) -> {?GLOBAL_LOCK, lists:sort([self(), HisLocker])}.

tell(HisLocker, IsSet, HisTag, L) ->
    Msg = {lock_set, self(), IsSet, L#lk.known, HisTag},
    gen_server:cast({?SERVER, node(HisLocker)}, Msg).

try_lock(L0) ->
    L = L0#lk{pending = [H || H <- L0#lk.pending, not lists:member(H#him.node, L0#lk.known)]},
    case L#lk.pending of
        [] -> locker_loop(L);
        Pending ->
            Him = pick(Pending),
            #him{node = Node, locker = HisLocker, my_tag = MyTag, his_tag = HisTag} = Him,
            LockId = lock_id(HisLocker),
            %% Locking his node too means his partition cannot lock itself
            %% against us with another id: no deadlock.
            case lock_partition(LockId, [Node], L) of
                {true, L1} ->
                    Locked = [node(), Node | L1#lk.known],
                    tell(HisLocker, true, HisTag, L1),
                    locker_loop(await_him(Him, MyTag, Locked, LockId, L1));
                {false, L1} ->
                    locker_loop(L1)
            end
    end.

%% One of the nodes waiting to be locked with, at random. With one (two
%% nodes meeting, the usual case) rand is neither loaded nor seeded: that
%% costs a fresh node tens of milliseconds while its first calls are running.
pick([Him]) -> Him;
pick(Pending) -> lists:nth(rand:uniform(length(Pending)), Pending).

%% The boss first (everybody starts there, so two lockers do not each hold
%% half), then us and Extra, then the rest of the partition.
lock_partition(LockId, Extra, L0) ->
    Boss = lists:max([node() | L0#lk.known]),
    First = lists:delete(nonode@nohost, [Boss]),
    case [node()] =:= First orelse can_lock(LockId) =/= false of
        false -> {false, L0};
        true ->
            case set_lock(LockId, First, 0) of
                false -> {false, L0};
                true ->
                    L = drain_known(L0),
                    Second = lists:delete(nonode@nohost, [node() | Extra] -- First),
                    case set_lock(LockId, Second, 0) of
                        false ->
                            del_lock(LockId, First),
                            {false, L};
                        true ->
                            case set_lock(LockId, L#lk.known -- First, 0) of
                                true -> {true, L};
                                false ->
                                    del_lock(LockId, First ++ Second),
                                    {false, L}
                            end
                    end
            end
    end.

drain_known(L) ->
    receive
        {add_to_known, Nodes} -> drain_known(L#lk{known = Nodes ++ (L#lk.known -- Nodes)});
        {remove_from_known, Node} -> drain_known(L#lk{known = lists:delete(Node, L#lk.known)})
    after 0 -> L
    end.

await_him(#him{node = Node} = Him, MyTag, Locked, LockId, L) ->
    receive
        {lock_set, P, true, _, MyTag} when node(P) =:= Node ->
            both_locked(Him, MyTag, Locked, LockId, L);
        {lock_set, P, true, _} when node(P) =:= Node ->
            both_locked(Him, MyTag, Locked, LockId, L);
        {lock_set, P, false, _, MyTag} when node(P) =:= Node ->
            release(LockId, Locked),
            L;
        {lock_set, P, false, _} when node(P) =:= Node ->
            release(LockId, Locked),
            L;
        {lock_set, P, _, _, _} when node(P) =:= Node ->
            %% An older session's answer.
            await_him(Him, MyTag, Locked, LockId, L);
        {cancel, Node, MyTag, Fun} ->
            run(Fun),
            release(LockId, Locked),
            forget(Node, MyTag, L)
    end.

both_locked(#him{node = Node} = Him, MyTag, Locked, LockId, L) ->
    gen_server:cast(?SERVER, {lock_is_set, Node, MyTag, LockId}),
    hold_lock(Node, LockId, MyTag, Locked),
    L#lk{just_synced = true, pending = lists:delete(Him, L#lk.pending)}.

%% Until the server ends the session (after new_nodes went out).
hold_lock(Node, LockId, MyTag, Locked) ->
    receive
        {cancel, Node, MyTag, Fun} ->
            run(Fun),
            release(LockId, Locked)
    end.

run(no_fun) -> ok;
run(Fun) -> Fun().

release(LockId, Nodes) -> unlock(LockId, Nodes).
