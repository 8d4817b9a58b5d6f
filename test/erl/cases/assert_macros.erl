%% The assert macros of stdlib/include/assert.hrl, each passing and
%% failing; a failure's error term is printed as caught (stack traces in
%% unexpected_exception replaced by an atom).
-module(assert_macros).
-include_lib("stdlib/include/assert.hrl").
-export([main/0]).

id(X) -> X.

run(F) ->
    try F() of
        V -> {ok, V}
    catch
        C:R -> {C, strip(R)}
    end.

strip({unexpected_exception, {C, T, S}}) when is_list(S) -> {unexpected_exception, {C, T, stack}};
strip(T) when is_tuple(T) -> list_to_tuple(strip(tuple_to_list(T)));
strip(L) when is_list(L) -> [strip(X) || X <- L];
strip(X) -> X.

show(F) -> io:format("~p~n", [run(F)]).

main() ->
    show(fun () -> ?assert(id(1) =:= 1) end),
    show(fun () -> ?assert(id(1) =:= 2) end),
    show(fun () -> ?assert(id(maybe)) end),
    show(fun () -> ?assert(lists:member(id(3), [1, 2]), "three is there") end),
    show(fun () -> ?assertNot(id(false)) end),
    show(fun () -> ?assertNot(id(true)) end),
    show(fun () -> ?assertNot(id(7)) end),
    show(fun () -> ?assertNot(id(true), <<"a comment">>) end),
    show(fun () -> ?assertMatch({ok, _}, id({ok, 1})) end),
    show(fun () -> ?assertMatch({ok, X} when X > 5, id({ok, 1})) end),
    show(fun () -> ?assertMatch([_ | _], id([]), "non-empty") end),
    show(fun () -> ?assertNotMatch({error, _}, id({ok, 1})) end),
    show(fun () -> ?assertNotMatch({error, _}, id({error, bad})) end),
    show(fun () -> ?assertNotMatch(#{a := 1}, id(#{a => 1}), "no a") end),
    show(fun () -> ?assertEqual(3, 1 + id(2)) end),
    show(fun () -> ?assertEqual([1, 2, 3], lists:reverse(id([1, 2, 3]))) end),
    show(fun () -> ?assertEqual("abc", id("abd"), {why, "typo"}) end),
    show(fun () -> ?assertNotEqual(1, id(2)) end),
    show(fun () -> ?assertNotEqual(<<"b">>, id(<<"b">>)) end),
    show(fun () -> ?assertNotEqual(a, id(a), "same atom") end),
    show(fun () -> ?assertException(error, badarith, 1 / id(0)) end),
    show(fun () -> ?assertException(error, {badmatch, _}, begin 1 = id(2) end) end),
    show(fun () -> ?assertException(throw, x, id(42)) end),
    show(fun () -> ?assertException(exit, normal, throw(id(oops))) end),
    show(fun () -> ?assertException(error, _, id(ok), "must fail") end),
    show(fun () -> ?assertError(badarg, list_to_atom(id(42))) end),
    show(fun () -> ?assertError(badarg, atom_to_list(id(a))) end),
    show(fun () -> ?assertError(function_clause, id(a), "comment") end),
    show(fun () -> ?assertExit(bye, exit(id(bye))) end),
    show(fun () -> ?assertExit(bye, exit(id(hello))) end),
    show(fun () -> ?assertExit(_, id(ok), <<"exit expected">>) end),
    show(fun () -> ?assertThrow({found, 3}, throw({found, id(3)})) end),
    show(fun () -> ?assertThrow(_, error(id(nope))) end),
    show(fun () -> ?assertThrow(x, id(x), "c") end),
    show(fun () -> ?assertNotException(throw, x, id(x)) end),
    show(fun () -> ?assertNotException(throw, x, throw(id(y))) end),
    show(fun () -> ?assertNotException(error, badarith, 1 / id(0)) end),
    show(fun () -> ?assertNotException(exit, {shutdown, _}, exit({shutdown, id(1)})) end),
    Y = 5,
    show(fun () -> ?assertEqual(Y, id(5)) end),
    show(fun () -> ?assertEqual(Y, id(6)) end),
    show(fun () -> ?assertMatch(Y, id(5)) end),
    show(fun () -> ?assertMatch(Y, id(4)) end),
    show(fun () -> {'EXIT', {R, _}} = (catch ?assert(id(false))), R end),
    io:format("~p~n", [?assert(id(true))]),
    ok.
