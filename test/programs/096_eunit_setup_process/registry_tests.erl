-module(registry_tests).
-include_lib("eunit/include/eunit.hrl").

registry_test_() ->
    {setup,
     fun registry:start/0,
     fun(_) -> registry:stop() end,
     fun(_) ->
             {inorder,
              [?_assertEqual(ok, registry:register_name(a, 1)),
               ?_assertEqual({error, taken}, registry:register_name(a, 2)),
               ?_assertEqual({ok, 1}, registry:lookup(a)),
               ?_assertEqual(error, registry:lookup(b))]}
     end}.

not_running_test() -> ?assertEqual(undefined, whereis(registry)).
