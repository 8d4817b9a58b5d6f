%% The parts of ets that call funs, written on top of the natives registered
%% from src/bifs/ets/ets.ts (the VM merges the two into one module).
-module(ets).
-export([foldl/3, foldr/3, match_spec_run/2, i/0]).

foldl(F, Acc, Tab) ->
    true = ets:safe_fixtable(Tab, true),
    lists:foldl(F, Acc, ets:tab2list(Tab)).

foldr(F, Acc, Tab) ->
    true = ets:safe_fixtable(Tab, true),
    lists:foldr(F, Acc, ets:tab2list(Tab)).

match_spec_run(List, CompiledMS) ->
    lists:reverse(ets:match_spec_run_r(List, CompiledMS, [])).

i() ->
    io:format(" id              name              type  size   mem      owner~n"),
    io:format(" ----------------------------------------------------------------------------~n"),
    lists:foreach(
      fun(T) ->
              io:format(" ~-15w ~-17w ~-5w ~-6w ~-8w ~w~n",
                        [ets:info(T, id), ets:info(T, name), ets:info(T, type),
                         ets:info(T, size), ets:info(T, memory), ets:info(T, owner)])
      end, ets:all()).
