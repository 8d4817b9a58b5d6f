%% The part of proplists that calls a fun, in Erlang (the rest is native:
%% src/bifs/proplists.ts, merged into this module by the VM). to_map/1 is
%% OTP's foldr with a fun, so a list that is no list fails in lists:foldr_1
%% with that fun among its arguments, as in erl; -file gives OTP's lines.

-module(proplists).

-export([to_map/1, to_map/2]).

-file("proplists.erl", 703).
to_map(List) ->
    lists:foldr(
        fun
            ({K, V}, M) ->
                M#{K => V};
            %% A tuple of another size hides the entries after it, as
            %% get_value/2,3 stops at it.
            (T, M) when 1 =< tuple_size(T) ->
                maps:remove(element(1, T), M);
            (K, M) when is_atom(K) ->
                M#{K => true};
            (_, M) ->
                M
        end,
        #{},
        List
    ).

-file("proplists.erl", 738).
to_map(List, Stages) ->
    to_map(apply_stages(List, Stages)).

-file("proplists.erl", 613).
apply_stages(L, [{aliases, As} | Xs]) ->
    apply_stages(proplists:substitute_aliases(As, L), Xs);
apply_stages(L, [{expand, Es} | Xs]) ->
    apply_stages(proplists:expand(Es, L), Xs);
apply_stages(L, [{negations, Ns} | Xs]) ->
    apply_stages(proplists:substitute_negations(Ns, L), Xs);
apply_stages(L, []) ->
    L.
