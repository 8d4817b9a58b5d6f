%% The parts of ets that OTP writes in Erlang, on top of the natives
%% registered from src/bifs/ets/ets.ts (the VM merges the two into one
%% module). They keep OTP's shape and, through -file, its line numbers: a
%% failing native shows the Erlang function that called it as erl does
%% (`in call from ets:select_delete/2 (ets.erl, line 401)`).
-module(ets).
-export([delete_all_objects/1, select_delete/2, match_spec_run/2,
         foldl/3, foldr/3, match_delete/2, tab2list/1, i/0]).

-file("ets.erl", 124).
delete_all_objects(Table) ->
    _ = ets:internal_delete_all(Table, undefined),
    true.

-file("ets.erl", 397).
select_delete(Table, [{'_',[],[true]}]) ->
    ets:internal_delete_all(Table, undefined);
select_delete(Table, MatchSpec) ->
    ets:internal_select_delete(Table, MatchSpec).

-file("ets.erl", 557).
match_spec_run(List, CompiledMS) ->
    lists:reverse(ets:match_spec_run_r(List, CompiledMS, [])).

-file("ets.erl", 630).
foldl(F, Accu, T) ->
    ets:safe_fixtable(T, true),
    First = ets:first(T),
    try
        do_foldl(F, Accu, First, T)
    after
        ets:safe_fixtable(T, false)
    end.

-file("ets.erl", 639).
do_foldl(F, Accu0, Key, T) ->
    case Key of
        '$end_of_table' ->
            Accu0;
        _ ->
            do_foldl(F,
                     lists:foldl(F, Accu0, ets:lookup(T, Key)),
                     ets:next(T, Key), T)
    end.

-file("ets.erl", 657).
foldr(F, Accu, T) ->
    ets:safe_fixtable(T, true),
    Last = ets:last(T),
    try
        do_foldr(F, Accu, Last, T)
    after
        ets:safe_fixtable(T, false)
    end.

-file("ets.erl", 666).
do_foldr(F, Accu0, Key, T) ->
    case Key of
        '$end_of_table' ->
            Accu0;
        _ ->
            do_foldr(F,
                     lists:foldr(F, Accu0, ets:lookup(T, Key)),
                     ets:prev(T, Key), T)
    end.

-file("ets.erl", 759).
match_delete(Table, Pattern) ->
    ets:select_delete(Table, [{Pattern,[],[true]}]),
    true.

-file("ets.erl", 769).
tab2list(T) ->
    ets:match_object(T, '_').

i() ->
    io:format(" id              name              type  size   mem      owner~n"),
    io:format(" ----------------------------------------------------------------------------~n"),
    lists:foreach(
      fun(T) ->
              io:format(" ~-15w ~-17w ~-5w ~-6w ~-8w ~w~n",
                        [ets:info(T, id), ets:info(T, name), ets:info(T, type),
                         ets:info(T, size), ets:info(T, memory), ets:info(T, owner)])
      end, ets:all()).
