%% digraph: directed graphs kept in three ETS tables, as OTP keeps them, so
%% a graph is a mutable value shared by every process that may read the
%% tables (protected by default, like OTP).
%%   vertices: set of {Vertex, Label}
%%   edges:    set of {Edge, From, To, Label}
%%   neighbours: bag of {{out, V}, Edge} and {{in, V}, Edge}, plus the
%%   counters {'$vid', N} and {'$eid', N} that name vertices and edges made
%%   without a name (['$v'|N], ['$e'|N]).
%% A counter moves on even when the edge is refused, as in OTP.
-module(digraph).
-export([new/0, new/1, delete/1, info/1,
         add_vertex/1, add_vertex/2, add_vertex/3, del_vertex/2, del_vertices/2,
         vertex/2, no_vertices/1, vertices/1, source_vertices/1, sink_vertices/1,
         add_edge/3, add_edge/4, add_edge/5, del_edge/2, del_edges/2, del_path/3,
         edge/2, no_edges/1, edges/1, edges/2,
         out_neighbours/2, in_neighbours/2, out_edges/2, in_edges/2,
         in_degree/2, out_degree/2,
         get_path/3, get_cycle/2, get_short_path/3, get_short_cycle/2]).

-record(digraph, {vtab, etab, ntab, cyclic = true}).

new() -> new([]).

new(Type) ->
    case check_type(Type, cyclic, protected) of
        {ok, Cyclicity, Access} ->
            V = ets:new(vertices, [set, Access]),
            E = ets:new(edges, [set, Access]),
            N = ets:new(neighbours, [bag, Access]),
            ets:insert(N, [{'$vid', 0}, {'$eid', 0}]),
            #digraph{vtab = V, etab = E, ntab = N, cyclic = Cyclicity =:= cyclic};
        error ->
            erlang:error(badarg)
    end.

check_type([], C, A) -> {ok, C, A};
check_type([cyclic | T], _, A) -> check_type(T, cyclic, A);
check_type([acyclic | T], _, A) -> check_type(T, acyclic, A);
check_type([protected | T], C, _) -> check_type(T, C, protected);
check_type([private | T], C, _) -> check_type(T, C, private);
check_type(_, _, _) -> error.

delete(#digraph{vtab = V, etab = E, ntab = N}) ->
    ets:delete(V),
    ets:delete(E),
    ets:delete(N).

info(#digraph{vtab = V, etab = E, ntab = N, cyclic = C}) ->
    Cyclicity = case C of true -> cyclic; false -> acyclic end,
    Protection = ets:info(V, protection),
    Memory = ets:info(V, memory) + ets:info(E, memory) + ets:info(N, memory),
    [{cyclicity, Cyclicity}, {memory, Memory}, {protection, Protection}].

%% ---- vertices ----------------------------------------------------------

add_vertex(G) ->
    do_add_vertex({new_id(G, '$vid', '$v'), []}, G).

add_vertex(G, V) -> do_add_vertex({V, []}, G).

add_vertex(G, V, Label) -> do_add_vertex({V, Label}, G).

do_add_vertex({V, _} = Obj, #digraph{vtab = VT}) ->
    ets:insert(VT, Obj),
    V.

new_id(#digraph{ntab = NT}, Counter, Tag) ->
    [{Counter, K}] = ets:lookup(NT, Counter),
    true = ets:delete(NT, Counter),
    true = ets:insert(NT, {Counter, K + 1}),
    [Tag | K].

vertex(#digraph{vtab = VT}, V) ->
    case ets:lookup(VT, V) of
        [] -> false;
        [Obj] -> Obj
    end.

no_vertices(#digraph{vtab = VT}) -> ets:info(VT, size).

vertices(#digraph{vtab = VT}) -> ets:select(VT, [{{'$1', '_'}, [], ['$1']}]).

source_vertices(G) -> [V || V <- vertices(G), in_degree(G, V) =:= 0].

sink_vertices(G) -> [V || V <- vertices(G), out_degree(G, V) =:= 0].

del_vertex(G, V) ->
    do_del_vertex(V, G),
    true.

del_vertices(G, Vs) ->
    lists:foreach(fun(V) -> do_del_vertex(V, G) end, Vs),
    true.

do_del_vertex(V, #digraph{vtab = VT, ntab = NT} = G) ->
    do_del_edges(ets:lookup(NT, {in, V}), G),
    do_del_edges(ets:lookup(NT, {out, V}), G),
    ets:delete(VT, V).

%% ---- edges -------------------------------------------------------------

add_edge(G, V1, V2) -> add_edge(G, V1, V2, []).

add_edge(G, V1, V2, Label) ->
    do_add_edge({new_id(G, '$eid', '$e'), V1, V2, Label}, G).

add_edge(G, E, V1, V2, Label) -> do_add_edge({E, V1, V2, Label}, G).

do_add_edge({E, V1, V2, Label}, #digraph{vtab = VT, cyclic = Cyclic} = G) ->
    case {ets:member(VT, V1), ets:member(VT, V2)} of
        {false, _} -> {error, {bad_vertex, V1}};
        {_, false} -> {error, {bad_vertex, V2}};
        _ ->
            case other_edge_exists(G, E, V1, V2) of
                true -> {error, {bad_edge, [V1, V2]}};
                false when Cyclic -> insert_edge(E, V1, V2, Label, G);
                false -> acyclic_add_edge(E, V1, V2, Label, G)
            end
    end.

%% An edge name already used between two other vertices.
other_edge_exists(#digraph{etab = ET}, E, V1, V2) ->
    case ets:lookup(ET, E) of
        [{E, Vx, Vy, _}] when Vx =/= V1; Vy =/= V2 -> true;
        _ -> false
    end.

acyclic_add_edge(_E, V, V, _Label, _G) ->
    {error, {bad_edge, [V, V]}};
acyclic_add_edge(E, V1, V2, Label, G) ->
    case get_path(G, V2, V1) of
        false -> insert_edge(E, V1, V2, Label, G);
        Path -> {error, {bad_edge, Path}}
    end.

insert_edge(E, V1, V2, Label, #digraph{etab = ET, ntab = NT}) ->
    ets:insert(NT, [{{out, V1}, E}, {{in, V2}, E}]),
    ets:insert(ET, {E, V1, V2, Label}),
    E.

del_edge(G, E) ->
    do_del_edges([{x, E}], G),
    true.

del_edges(G, Es) ->
    do_del_edges([{x, E} || E <- Es], G),
    true.

do_del_edges([], _G) -> ok;
do_del_edges([{_, E} | Rest], #digraph{etab = ET, ntab = NT} = G) ->
    case ets:lookup(ET, E) of
        [{E, V1, V2, _}] ->
            ets:delete_object(NT, {{in, V2}, E}),
            ets:delete_object(NT, {{out, V1}, E}),
            ets:delete(ET, E);
        [] ->
            ok
    end,
    do_del_edges(Rest, G).

edge(#digraph{etab = ET}, E) ->
    case ets:lookup(ET, E) of
        [] -> false;
        [Obj] -> Obj
    end.

no_edges(#digraph{etab = ET}) -> ets:info(ET, size).

edges(#digraph{etab = ET}) -> ets:select(ET, [{{'$1', '_', '_', '_'}, [], ['$1']}]).

edges(#digraph{ntab = NT}, V) ->
    ets:select(NT, [{{{out, V}, '$1'}, [], ['$1']}, {{{in, V}, '$1'}, [], ['$1']}]).

out_edges(#digraph{ntab = NT}, V) -> [E || {_, E} <- ets:lookup(NT, {out, V})].

in_edges(#digraph{ntab = NT}, V) -> [E || {_, E} <- ets:lookup(NT, {in, V})].

out_degree(#digraph{ntab = NT}, V) -> length(ets:lookup(NT, {out, V})).

in_degree(#digraph{ntab = NT}, V) -> length(ets:lookup(NT, {in, V})).

out_neighbours(#digraph{etab = ET} = G, V) ->
    [ets:lookup_element(ET, E, 3) || E <- out_edges(G, V)].

in_neighbours(#digraph{etab = ET} = G, V) ->
    [ets:lookup_element(ET, E, 2) || E <- in_edges(G, V)].

%% Removes edges along paths from V1 to V2 until there is none.
del_path(G, V1, V2) ->
    case get_path(G, V1, V2) of
        false -> true;
        Path ->
            del_path_edges(Path, G),
            del_path(G, V1, V2)
    end.

del_path_edges([V1, V2 | Vs], G) ->
    [del_edge(G, E) || E <- out_edges(G, V1), element(3, edge(G, E)) =:= V2],
    del_path_edges([V2 | Vs], G);
del_path_edges(_, _G) -> true.

%% ---- paths -------------------------------------------------------------

%% Depth first: some simple path of at least one edge from V1 to V2.
get_path(G, V1, V2) ->
    case path_from(out_neighbours(G, V1), V2, [V1], #{V1 => true}, G, 1) of
        {false, _} -> false;
        Rev -> lists:reverse(Rev)
    end.

%% A cycle through V of at least two edges, else [V] for a loop, else false.
get_cycle(G, V) ->
    case path_from(out_neighbours(G, V), V, [V], #{V => true}, G, 2) of
        {false, _} ->
            case lists:member(V, out_neighbours(G, V)) of
                true -> [V];
                false -> false
            end;
        Rev -> lists:reverse(Rev)
    end.

%% Rev is the path so far, newest first; Min the fewest vertices a found
%% path must hold before the target (2 for a cycle, so that a loop is not
%% one). A vertex explored without success stays in Seen: no path to the
%% target goes through it.
path_from([], _To, _Rev, Seen, _G, _Min) -> {false, Seen};
path_from([To | _], To, Rev, _Seen, _G, Min) when length(Rev) >= Min ->
    [To | Rev];
path_from([W | Ws], To, Rev, Seen, G, Min) ->
    case maps:is_key(W, Seen) of
        true ->
            path_from(Ws, To, Rev, Seen, G, Min);
        false ->
            case path_from(out_neighbours(G, W), To, [W | Rev], Seen#{W => true}, G, Min) of
                {false, Seen1} -> path_from(Ws, To, Rev, Seen1, G, Min);
                Path -> Path
            end
    end.

%% Breadth first: a shortest path from V1 to V2.
get_short_path(G, V1, V2) ->
    Q = queue:from_list([{W, [V1]} || W <- out_neighbours(G, V1)]),
    short_path(Q, V2, #{}, G).

get_short_cycle(G, V) -> get_short_path(G, V, V).

short_path(Q, To, Seen, G) ->
    case queue:out(Q) of
        {empty, _} -> false;
        {{value, {To, Rev}}, _} -> lists:reverse([To | Rev]);
        {{value, {W, Rev}}, Q1} ->
            case maps:is_key(W, Seen) of
                true -> short_path(Q1, To, Seen, G);
                false ->
                    Next = [{X, [W | Rev]} || X <- out_neighbours(G, W)],
                    short_path(queue:join(Q1, queue:from_list(Next)), To, Seen#{W => true}, G)
            end
    end.
