-module(digraph_module).
-export([main/0]).

%% digraph and digraph_utils; vertex order inside results follows ETS hash
%% order, so lists are sorted before printing.
main() ->
    basics(),
    acyclic(),
    paths(),
    utils(),
    errors().

p(Label, X) -> io:format("~s: ~p~n", [Label, X]).
s(L) when is_list(L) -> lists:sort(L);
s(X) -> X.
ss(L) -> lists:sort([lists:sort(C) || C <- L]).

basics() ->
    G = digraph:new(),
    {digraph, _, _, _, true} = G,
    p("add_vertex/2", digraph:add_vertex(G, a)),
    p("add_vertex/3", digraph:add_vertex(G, b, "label b")),
    p("add_vertex/1", digraph:add_vertex(G)),
    p("add_vertex/1 again", digraph:add_vertex(G)),
    digraph:add_vertex(G, c),
    p("vertex", digraph:vertex(G, b)),
    p("vertex missing", digraph:vertex(G, zz)),
    p("no_vertices", digraph:no_vertices(G)),
    p("vertices", s(digraph:vertices(G))),
    p("add_edge/3", digraph:add_edge(G, a, b)),
    p("add_edge/4", digraph:add_edge(G, b, c, weight)),
    p("add_edge/5", digraph:add_edge(G, my_edge, c, a, 7)),
    p("add_edge bad vertex", digraph:add_edge(G, a, nope)),
    p("add_edge bad vertex 1", digraph:add_edge(G, nope, a)),
    p("add_edge reuse name elsewhere", digraph:add_edge(G, my_edge, a, c, x)),
    p("add_edge same name same ends", digraph:add_edge(G, my_edge, c, a, 8)),
    p("edge", digraph:edge(G, my_edge)),
    p("edge missing", digraph:edge(G, nope)),
    p("no_edges", digraph:no_edges(G)),
    p("edges", s(digraph:edges(G))),
    p("edges of a", s(digraph:edges(G, a))),
    p("out_neighbours a", digraph:out_neighbours(G, a)),
    p("in_neighbours a", digraph:in_neighbours(G, a)),
    p("out_edges b", digraph:out_edges(G, b)),
    p("in_edges b", digraph:in_edges(G, b)),
    p("degrees", [{digraph:in_degree(G, V), digraph:out_degree(G, V)} || V <- [a, b, c]]),
    p("source_vertices", s(digraph:source_vertices(G))),
    p("sink_vertices", s(digraph:sink_vertices(G))),
    p("info keys", [K || {K, _} <- digraph:info(G)]),
    p("info cyclicity", proplists:get_value(cyclicity, digraph:info(G))),
    p("del_edge", digraph:del_edge(G, my_edge)),
    p("edges after del_edge", s(digraph:edges(G))),
    p("del_vertex", digraph:del_vertex(G, b)),
    p("edges after del_vertex", digraph:edges(G)),
    p("vertices after del_vertex", s(digraph:vertices(G))),
    p("del_vertices", digraph:del_vertices(G, [a, c])),
    p("vertices left", length(digraph:vertices(G))),
    p("delete", digraph:delete(G)).

acyclic() ->
    G = digraph:new([acyclic]),
    p("acyclic info", proplists:get_value(cyclicity, digraph:info(G))),
    [digraph:add_vertex(G, V) || V <- [a, b, c, d]],
    p("a->b", digraph:add_edge(G, a, b)),
    p("b->c", digraph:add_edge(G, b, c)),
    p("c->a refused", digraph:add_edge(G, c, a)),
    p("a->a refused", digraph:add_edge(G, a, a)),
    p("c->d", digraph:add_edge(G, c, d)),
    p("d->b refused", digraph:add_edge(G, d, b)),
    p("topsort", digraph_utils:topsort(G)),
    p("is_acyclic", digraph_utils:is_acyclic(G)),
    p("protected", proplists:get_value(protection, digraph:info(digraph:new([private])))),
    digraph:delete(G).

paths() ->
    G = digraph:new(),
    [digraph:add_vertex(G, V) || V <- [1, 2, 3, 4, 5, 6]],
    [digraph:add_edge(G, X, Y) || {X, Y} <- [{1, 2}, {2, 3}, {3, 4}, {4, 1}, {1, 5}, {5, 5}]],
    p("get_path 1 4", digraph:get_path(G, 1, 4)),
    p("get_path 2 1", digraph:get_path(G, 2, 1)),
    p("get_path 1 6", digraph:get_path(G, 1, 6)),
    p("get_path 5 5", digraph:get_path(G, 5, 5)),
    p("get_short_path 3 2", digraph:get_short_path(G, 3, 2)),
    p("get_short_path 6 1", digraph:get_short_path(G, 6, 1)),
    p("get_cycle 2", digraph:get_cycle(G, 2)),
    p("get_cycle 5", digraph:get_cycle(G, 5)),
    p("get_cycle 6", digraph:get_cycle(G, 6)),
    p("get_short_cycle 3", digraph:get_short_cycle(G, 3)),
    p("get_short_cycle 5", digraph:get_short_cycle(G, 5)),
    p("loop_vertices", digraph_utils:loop_vertices(G)),
    p("strong_components", ss(digraph_utils:strong_components(G))),
    p("cyclic_strong_components", ss(digraph_utils:cyclic_strong_components(G))),
    p("components", ss(digraph_utils:components(G))),
    p("reachable [3]", s(digraph_utils:reachable([3], G))),
    p("reachable_neighbours [5]", s(digraph_utils:reachable_neighbours([5], G))),
    p("reaching [5]", s(digraph_utils:reaching([5], G))),
    p("reaching_neighbours [6]", s(digraph_utils:reaching_neighbours([6], G))),
    p("is_acyclic", digraph_utils:is_acyclic(G)),
    p("topsort", digraph_utils:topsort(G)),
    p("preorder length", length(digraph_utils:preorder(G))),
    p("postorder sorted", s(digraph_utils:postorder(G))),
    C = digraph_utils:condensation(G),
    p("condensation vertices", ss(digraph:vertices(C))),
    p("condensation edges", lists:sort([{lists:sort(X), lists:sort(Y)} || E <- digraph:edges(C), {_, X, Y, _} <- [digraph:edge(C, E)]])),
    p("del_path", digraph:del_path(G, 1, 3)),
    p("after del_path", digraph:get_path(G, 1, 3)),
    p("edges left", digraph:no_edges(G)),
    S = digraph_utils:subgraph(G, [1, 5, 6]),
    p("subgraph vertices", s(digraph:vertices(S))),
    p("subgraph edges", lists:sort([{X, Y} || E <- digraph:edges(S), {_, X, Y, _} <- [digraph:edge(S, E)]])),
    digraph:delete(G).

utils() ->
    T = digraph:new(),
    [digraph:add_vertex(T, V) || V <- [r, x, y, z]],
    [digraph:add_edge(T, X, Y) || {X, Y} <- [{r, x}, {r, y}, {y, z}]],
    p("arborescence_root", digraph_utils:arborescence_root(T)),
    p("is_arborescence", digraph_utils:is_arborescence(T)),
    p("is_tree", digraph_utils:is_tree(T)),
    p("topsort first", hd(digraph_utils:topsort(T))),
    Chain = digraph:new(),
    [digraph:add_vertex(Chain, V) || V <- [c1, c2, c3, c4]],
    [digraph:add_edge(Chain, X, Y) || {X, Y} <- [{c3, c4}, {c1, c2}, {c2, c3}]],
    p("topsort chain", digraph_utils:topsort(Chain)),
    p("preorder chain", digraph_utils:preorder(Chain) =/= []),
    digraph:add_edge(Chain, c4, c1),
    p("topsort cyclic", digraph_utils:topsort(Chain)),
    p("arborescence cyclic", digraph_utils:arborescence_root(Chain)),
    p("is_tree cyclic", digraph_utils:is_tree(Chain)).

errors() ->
    p("new bad", try digraph:new([bogus]) catch C:R -> {C, R} end),
    p("new not list", try digraph:new(acyclic) catch C2:R2 -> {C2, R2} end).
