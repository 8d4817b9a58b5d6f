%% net_kernel's module functions. The registered net_kernel process itself
%% is native (src/distribution/services.ts): it answers {is_auth, _} for ping.
-module(net_kernel).
-export([connect_node/1, monitor_nodes/1, monitor_nodes/2, get_net_ticktime/0,
         set_net_ticktime/1, set_net_ticktime/2, nodename/0, hidden_connect_node/1,
         allow/1, disconnect/1]).

connect_node(Node) when is_atom(Node) ->
    Ref = erlts_dist_bifs:connect(Node),
    receive {Ref, Result} -> Result end.

hidden_connect_node(Node) -> connect_node(Node).

monitor_nodes(Flag) -> erlts_dist_bifs:monitor_nodes(Flag).
monitor_nodes(Flag, []) -> erlts_dist_bifs:monitor_nodes(Flag);
monitor_nodes(_Flag, _Opts) -> {error, badarg}.

get_net_ticktime() -> erlts_dist_bifs:net_ticktime().

%% erl moves to the new time over a transition period, answering
%% {ongoing_change_to, T} meanwhile; erlts switches at once.
set_net_ticktime(T) -> set_net_ticktime(T, 60).
set_net_ticktime(T, _TransitionPeriod) when is_integer(T), T > 0 ->
    case get_net_ticktime() of
        ignored -> ignored;
        T -> unchanged;
        _Old -> erlts_dist_bifs:set_net_ticktime(T), change_initiated
    end.

nodename() ->
    case is_alive() of
        true -> {ok, node()};
        false -> ignored
    end.

allow(Nodes) when is_list(Nodes) -> ok.

disconnect(Node) -> erlang:disconnect_node(Node).
