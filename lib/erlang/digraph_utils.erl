%% digraph_utils: algorithms over digraph graphs, all from depth-first
%% search (components, orders, reachability, condensation), with OTP's
%% results. The order of vertices inside a result follows the graph's
%% table order, which, as in OTP, nobody may rely on.
-module(digraph_utils).
-export([components/1, strong_components/1, cyclic_strong_components/1,
         reachable/2, reachable_neighbours/2, reaching/2, reaching_neighbours/2,
         topsort/1, is_acyclic/1, arborescence_root/1, is_arborescence/1,
         is_tree/1, loop_vertices/1, subgraph/2, subgraph/3, condensation/1,
         preorder/1, postorder/1]).

%% ---- depth-first forests -------------------------------------------------

out(G, V) -> digraph:out_neighbours(G, V).
in(G, V) -> digraph:in_neighbours(G, V).
both(G, V) -> out(G, V) ++ in(G, V).

%% The trees of a depth-first search from each root in turn (skipping
%% vertices already reached), each tree listed in preorder.
forest(G, Next, Roots) ->
    forest(G, Next, Roots, #{}, []).

forest(_G, _Next, [], _Seen, Acc) -> lists:reverse(Acc);
forest(G, Next, [R | Rs], Seen, Acc) ->
    case maps:is_key(R, Seen) of
        true -> forest(G, Next, Rs, Seen, Acc);
        false ->
            {Tree, Seen1} = pretraverse([R], G, Next, Seen#{R => true}, []),
            forest(G, Next, Rs, Seen1, [Tree | Acc])
    end.

pretraverse([], _G, _Next, Seen, Acc) -> {lists:reverse(Acc), Seen};
pretraverse([V | Vs], G, Next, Seen, Acc) ->
    {New, Seen1} = unseen(Next(G, V), Seen, []),
    {Sub, Seen2} = pretraverse(New, G, Next, Seen1, []),
    pretraverse(Vs, G, Next, Seen2, lists:reverse(Sub, [V | Acc])).

%% Marks the unseen vertices of Ws as seen at once (so a sibling is not
%% entered twice) and returns them in order.
unseen([], Seen, Acc) -> {lists:reverse(Acc), Seen};
unseen([W | Ws], Seen, Acc) ->
    case maps:is_key(W, Seen) of
        true -> unseen(Ws, Seen, Acc);
        false -> unseen(Ws, Seen#{W => true}, [W | Acc])
    end.

preorder(G) ->
    lists:append(lists:reverse(forest(G, fun out/2, digraph:vertices(G)))).

%% Postorder of a depth-first search following out-edges.
postorder(G) ->
    {Order, _} = post_all(digraph:vertices(G), G, fun out/2, #{}, []),
    lists:reverse(Order).

post_all([], _G, _Next, Seen, Acc) -> {Acc, Seen};
post_all([V | Vs], G, Next, Seen, Acc) ->
    case maps:is_key(V, Seen) of
        true -> post_all(Vs, G, Next, Seen, Acc);
        false ->
            {Acc1, Seen1} = post_one(V, G, Next, Seen#{V => true}, Acc),
            post_all(Vs, G, Next, Seen1, Acc1)
    end.

post_one(V, G, Next, Seen, Acc) ->
    {Acc1, Seen1} = post_all(Next(G, V), G, Next, Seen, Acc),
    {[V | Acc1], Seen1}.

revpostorder(G) -> lists:reverse(postorder(G)).

%% ---- components ----------------------------------------------------------

components(G) -> forest(G, fun both/2, digraph:vertices(G)).

%% Kosaraju: search the reversed graph in reverse postorder.
strong_components(G) -> forest(G, fun in/2, revpostorder(G)).

cyclic_strong_components(G) ->
    [C || C <- strong_components(G), is_cyclic_component(G, C)].

is_cyclic_component(G, [V]) -> lists:member(V, out(G, V));
is_cyclic_component(_G, _) -> true.

reachable(Vs, G) when is_list(Vs) ->
    lists:append(forest(G, fun out/2, Vs)).

reachable_neighbours(Vs, G) when is_list(Vs) ->
    lists:append(forest_from_neighbours(G, fun out/2, Vs)).

reaching(Vs, G) when is_list(Vs) ->
    lists:append(forest(G, fun in/2, Vs)).

reaching_neighbours(Vs, G) when is_list(Vs) ->
    lists:append(forest_from_neighbours(G, fun in/2, Vs)).

%% The vertices reachable by a path of at least one edge.
forest_from_neighbours(G, Next, Vs) ->
    forest(G, Next, lists:append([Next(G, V) || V <- Vs])).

%% ---- orders and shapes -------------------------------------------------

topsort(G) ->
    L = revpostorder(G),
    case length(forest(G, fun in/2, L)) =:= length(digraph:vertices(G)) of
        true -> L;
        false -> false
    end.

is_acyclic(G) ->
    loop_vertices(G) =:= [] andalso topsort(G) =/= false.

loop_vertices(G) -> [V || V <- digraph:vertices(G), lists:member(V, out(G, V))].

arborescence_root(G) ->
    case digraph:no_edges(G) =:= digraph:no_vertices(G) - 1 of
        true ->
            try
                [Root] = [V || V <- digraph:vertices(G), one_in_or_root(G, V)],
                {yes, Root}
            catch _:_ -> no
            end;
        false -> no
    end.

%% Every vertex but the root has exactly one in-edge; the root none.
one_in_or_root(G, V) ->
    case digraph:in_degree(G, V) of
        0 -> true;
        1 -> false;
        _ -> throw(no)
    end.

is_arborescence(G) -> arborescence_root(G) =/= no.

is_tree(G) ->
    digraph:no_edges(G) =:= digraph:no_vertices(G) - 1
        andalso length(components(G)) =:= 1.

%% ---- subgraphs and condensation ----------------------------------------

subgraph(G, Vs) ->
    try subgraph_opts(G, Vs, [])
    catch throw:badarg -> erlang:error(badarg)
    end.

subgraph(G, Vs, Opts) ->
    try subgraph_opts(G, Vs, Opts)
    catch throw:badarg -> erlang:error(badarg)
    end.

subgraph_opts(G, Vs, Opts) ->
    Type = proplists:get_value(type, Opts, inherit),
    Keep = proplists:get_value(keep_labels, Opts, true),
    case lists:all(fun(O) -> is_subgraph_opt(O) end, Opts) of
        true -> ok;
        false -> throw(badarg)
    end,
    T = case Type of
            inherit ->
                Info = digraph:info(G),
                [proplists:get_value(cyclicity, Info), proplists:get_value(protection, Info)];
            L when is_list(L) -> L;
            _ -> throw(badarg)
        end,
    is_list(Vs) orelse throw(badarg),
    SG = digraph:new(T),
    lists:foreach(fun(V) -> copy_vertex(G, SG, V, Keep) end, Vs),
    lists:foreach(fun(V) -> copy_edges(G, SG, V, Keep) end, digraph:vertices(SG)),
    SG.

is_subgraph_opt({type, _}) -> true;
is_subgraph_opt({keep_labels, B}) when is_boolean(B) -> true;
is_subgraph_opt(_) -> false.

copy_vertex(G, SG, V, Keep) ->
    case digraph:vertex(G, V) of
        {V, Label} when Keep -> digraph:add_vertex(SG, V, Label);
        {V, _} -> digraph:add_vertex(SG, V);
        false -> ok
    end.

copy_edges(G, SG, V, Keep) ->
    lists:foreach(
      fun(E) ->
              {E, _V1, V2, Label} = digraph:edge(G, E),
              case digraph:vertex(SG, V2) of
                  false -> ok;
                  _ when Keep -> digraph:add_edge(SG, E, V, V2, Label);
                  _ -> digraph:add_edge(SG, E, V, V2, [])
              end
      end, digraph:out_edges(G, V)).

%% One vertex per strong component (the component's list); an edge between
%% two components where G has one between their members.
condensation(G) ->
    SCs = strong_components(G),
    Index = maps:from_list([{V, C} || C <- SCs, V <- C]),
    CG = digraph:new(),
    lists:foreach(fun(C) -> digraph:add_vertex(CG, C) end, SCs),
    lists:foreach(
      fun(C) ->
              Targets = lists:usort([maps:get(W, Index) || V <- C, W <- out(G, V)]),
              [add_condensed(CG, C, T) || T <- Targets]
      end, SCs),
    CG.

add_condensed(_CG, C, C) -> ok;
add_condensed(CG, C, T) ->
    case lists:member(T, digraph:out_neighbours(CG, C)) of
        true -> ok;
        false -> digraph:add_edge(CG, C, T)
    end.
