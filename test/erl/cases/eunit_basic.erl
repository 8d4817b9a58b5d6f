%% EUnit as a learner uses it: *_test/0 and *_test_/0 functions found and
%% exported by the header, eunit:test/1,2 on the module and on the test
%% representations (funs, lists, generators, setup, foreach, descriptions,
%% timeouts, inorder/inparallel), and what it prints and returns.
-module(eunit_basic).
-include_lib("eunit/include/eunit.hrl").
-export([main/0, failing/0, failing_match/0, crashing/0, printing/0]).

id(X) -> X.

addition_test() -> ?assertEqual(4, 2 + id(2)).
reverse_test() -> ?assertEqual([3, 2, 1], lists:reverse(id([1, 2, 3]))).
match_test() -> ?assertMatch({ok, _}, id({ok, 1})).
error_test() -> ?assertError(badarith, 1 / id(0)).
generated_test_() ->
    [?_assertEqual(1, id(1)),
     ?_assert(is_atom(id(a))),
     {"labelled", ?_assertNot(id(false))},
     ?_test(ok)].
setup_test_() ->
    {setup,
     fun () -> id(10) end,
     fun (_) -> ok end,
     fun (N) -> [?_assertEqual(10, N), ?_assert(N > 5)] end}.
foreach_test_() ->
    {foreach,
     fun () -> id([1, 2]) end,
     fun (_) -> ok end,
     [fun () -> ok end,
      fun () -> ?assertEqual(2, length(id([a, b]))) end]}.

%% Not found by eunit:test(?MODULE): run explicitly below.
failing() -> ?assertEqual(3, id(1) + 1).
failing_match() -> ?assertMatch([_, _], id([a])).
crashing() -> erlang:error(id(oops)).
printing() -> io:format("some output ~p~n", [id(42)]), throw(id(done)).

main() ->
    io:format("~p~n", [eunit:test(?MODULE)]),
    io:format("~p~n", [test()]),
    io:format("~p~n", [lists:sort([F || {F, 0} <- ?MODULE:module_info(exports),
                                      lists:suffix("_test", atom_to_list(F))
                                          orelse lists:suffix("_test_", atom_to_list(F))])]),
    io:format("~p~n", [eunit:test({module, ?MODULE})]),
    io:format("~p~n", [eunit:test(fun () -> ok end)]),
    io:format("~p~n", [eunit:test([fun () -> ok end, fun () -> ok end])]),
    io:format("~p~n", [eunit:test([])]),
    io:format("~p~n", [eunit:test({"described", [fun () -> ok end, {inorder, [fun () -> ok end]}]})]),
    io:format("~p~n", [eunit:test({generator, fun () -> [fun () -> ok end, [fun () -> ok end]] end})]),
    io:format("~p~n", [eunit:test({inparallel, [fun () -> ok end, fun () -> ok end, fun () -> ok end]})]),
    io:format("~p~n", [eunit:test({timeout, 10, [fun () -> ok end]})]),
    io:format("~p~n", [eunit:test({setup, fun () -> id(1) end, [fun () -> ok end, fun () -> ok end]})]),
    io:format("~p~n", [eunit:test({foreach, fun () -> ok end, [fun () -> ok end, fun () -> ok end]})]),
    io:format("~p~n", [eunit:test([{test, ?MODULE, addition_test}, {generator, ?MODULE, generated_test_}])]),
    io:format("~p~n", [eunit:test({test, ?MODULE, failing})]),
    io:format("~p~n", [eunit:test([{test, ?MODULE, addition_test}, {test, ?MODULE, failing_match}, {test, ?MODULE, match_test}])]),
    io:format("~p~n", [eunit:test({test, ?MODULE, crashing})]),
    io:format("~p~n", [eunit:test({test, ?MODULE, printing})]),
    io:format("~p~n", [eunit:test(no_such_module_here)]),
    io:format("~p~n", [eunit:test({generator, ?MODULE, reverse_test})]),
    ok.
