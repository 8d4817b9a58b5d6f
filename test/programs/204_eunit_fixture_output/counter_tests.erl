-module(counter_tests).
-include_lib("eunit/include/eunit.hrl").

counter_test_() ->
    {setup,
     fun() -> counter:start() end,
     fun(_) -> counter:stop() end,
     [?_assertEqual(1, counter:bump()),
      ?_test(io:format("a test that prints~n")),
      ?_assertEqual(3, counter:bump()),
      fun() -> ?assertEqual(3, counter:bump()) end]}.
