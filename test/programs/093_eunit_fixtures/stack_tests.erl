-module(stack_tests).
-include_lib("eunit/include/eunit.hrl").

setup() -> lists:foldl(fun(X, S) -> stack:push(S, X) end, stack:new(), [1, 2, 3]).

filled_test_() ->
    {setup, fun setup/0,
     fun(S) ->
             [?_assertEqual(3, stack:size(S)),
              ?_assertEqual({ok, 3}, stack:peek(S)),
              ?_assertMatch({3, [2, 1]}, stack:pop(S)),
              ?_assertNot(stack:is_empty(S))]
     end}.

empty_test_() ->
    {foreach, fun stack:new/0,
     [fun(S) -> ?_assert(stack:is_empty(S)) end,
      fun(S) -> ?_assertEqual(none, stack:peek(S)) end,
      fun(S) -> ?_assertError(empty_stack, stack:pop(S)) end]}.

described_test_() ->
    {"pushing then popping gives the item back",
     ?_assertEqual({x, []}, stack:pop(stack:push(stack:new(), x)))}.

exception_test_() ->
    [?_assertException(error, empty_stack, stack:pop([])),
     ?_assertThrow(stop, throw(stop)),
     ?_assertExit(bye, exit(bye))].
