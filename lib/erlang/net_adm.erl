%% net_adm: ping asks the other node's net_kernel {is_auth, node()} with a
%% gen call, as OTP does (connecting on the way); names/0,1 ask EPMD.
-module(net_adm).
-export([ping/1, localhost/0, names/0, names/1, world/0, world/1]).

ping(Node) when is_atom(Node) ->
    case is_alive() of
        false -> pang;
        true ->
            case catch gen_call({net_kernel, Node}, {is_auth, node()}) of
                {ok, yes} -> pong;
                _ ->
                    erlang:disconnect_node(Node),
                    pang
            end
    end.

%% gen:call's protocol, with a monitor so a dead connection answers at once.
gen_call({Name, Node} = Dest, Request) ->
    Mref = erlang:monitor(process, Dest),
    erlang:send({Name, Node}, {'$gen_call', {self(), Mref}, Request}),
    receive
        {Mref, Reply} ->
            erlang:demonitor(Mref, [flush]),
            {ok, Reply};
        {'DOWN', Mref, _, _, Reason} ->
            {error, Reason}
    end.

localhost() -> erlts_dist_bifs:hostname().

names() -> names(localhost()).
names(Host) ->
    Ref = erlts_dist_bifs:names(Host),
    receive {Ref, Result} -> Result end.

world() -> world(silent).
world(_Verbose) ->
    case names() of
        {ok, Names} ->
            Host = localhost(),
            Nodes = [list_to_atom(N ++ "@" ++ Host) || {N, _} <- Names],
            [N || N <- Nodes, ping(N) =:= pong];
        _ -> []
    end.
