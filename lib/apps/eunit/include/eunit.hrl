%% erlts's eunit/include/eunit.hrl: what a module gets from including
%% EUnit's header in erl. Macro names and meanings are OTP's:
%% - TEST (and EUNIT) are defined unless NOTEST is; TEST undefines NOTEST;
%%   testing turns assertions on (ASSERT).
%% - the assert macros of stdlib/include/assert.hrl;
%% - ?_test(Expr) and ?_assert...: test objects, {Line, fun() -> ... end},
%%   for test generators (functions named *_test_);
%% - ?LET, ?IF, ?MATCHES, and the ?debug... macros that write to `user`.
%% In erl a parse transform (eunit_autoexport) exports every *_test/0 and
%% *_test_/0 and adds test() -> eunit:test(?MODULE). erlts has no parse
%% transforms, so its compiler recognises the same -compile attribute
%% and does that rewrite itself (src/compiler/eunit_exports.ts); with
%% NOTEST the tests are dropped instead (eunit_striptests), and EUNIT_NOAUTO
%% turns both off.

-ifndef(EUNIT_HRL).
-define(EUNIT_HRL, true).

-ifdef(TEST).
-undef(NOTEST).
-endif.

-ifdef(DEBUG).
-undef(NODEBUG).
-endif.

-ifndef(NOTEST).
-ifndef(ASSERT).
-define(ASSERT, true).
-endif.
-ifndef(TEST).
-define(TEST, true).
-endif.
-ifndef(EUNIT).
-define(EUNIT, true).
-endif.
-else.
-undef(EUNIT).
-endif.

-include_lib("stdlib/include/assert.hrl").

-ifndef(EUNIT_NOAUTO).
-ifndef(NOTEST).
-compile({parse_transform, eunit_autoexport}).
-else.
-compile({parse_transform, eunit_striptests}).
-endif.
-endif.

-ifndef(LET).
-define(LET(Var, Value, Body), begin ((fun (Var) -> (Body) end)(Value)) end).
-endif.
-ifndef(IF).
-define(IF(Cond, Then, Else), begin (case (Cond) of true -> (Then); false -> (Else) end) end).
-endif.
-ifndef(MATCHES).
-define(MATCHES(Pattern, Expr), begin (case (Expr) of Pattern -> true; _ -> false end) end).
-endif.

%% Test objects: a line-tagged nullary fun, which eunit reports as
%% Module:Line: Name.
-define(_test(Expr), {?LINE, fun () -> (Expr) end}).
-define(_assert(BoolExpr), ?_test(?assert(BoolExpr))).
-define(_assertNot(BoolExpr), ?_assert(not (BoolExpr))).
-define(_assertMatch(Guard, Expr), ?_test(?assertMatch(Guard, Expr))).
-define(_assertNotMatch(Guard, Expr), ?_test(?assertNotMatch(Guard, Expr))).
-define(_assertEqual(Expect, Expr), ?_test(?assertEqual(Expect, Expr))).
-define(_assertNotEqual(Unexpected, Expr), ?_test(?assertNotEqual(Unexpected, Expr))).
-define(_assertException(Class, Term, Expr), ?_test(?assertException(Class, Term, Expr))).
-define(_assertError(Term, Expr), ?_assertException(error, Term, Expr)).
-define(_assertExit(Term, Expr), ?_assertException(exit, Term, Expr)).
-define(_assertThrow(Term, Expr), ?_assertException(throw, Term, Expr)).
-define(_assertNotException(Class, Term, Expr),
        ?_test(?assertNotException(Class, Term, Expr))).

%% Debug printing goes to `user`, past eunit's capture of test output:
%% File:Line:Pid: Text.
-ifdef(NODEBUG).
-define(debugMsg(S), ok).
-define(debugHere, ok).
-define(debugFmt(S, As), ok).
-define(debugVal(E), (E)).
-define(debugVal(E, D), (E)).
-define(debugTime(S, E), (E)).
-else.
-define(debugMsg(S),
        begin
          io:fwrite(user, <<"~ts:~w:~w: ~ts\n">>, [?FILE, ?LINE, self(), S]),
          ok
        end).
-define(debugHere, (?debugMsg("<-"))).
-define(debugFmt(S, As), (?debugMsg(io_lib:format((S), (As))))).
-ifndef(EUNIT_DEBUG_VAL_DEPTH).
-define(EUNIT_DEBUG_VAL_DEPTH, 15).
-endif.
-define(debugVal(E, D),
        begin
          ((fun (D__Val) ->
              ?debugFmt(<<"~ts = ~tP">>, [(??E), D__Val, D]),
              D__Val
            end)(E))
        end).
-define(debugVal(E), ?debugVal(E, ?EUNIT_DEBUG_VAL_DEPTH)).
-define(debugTime(S, E),
        begin
          ((fun () ->
              {D__T0, _} = statistics(wall_clock),
              D__Val = (E),
              {D__T1, _} = statistics(wall_clock),
              ?debugFmt(<<"~ts: ~.3f s">>, [(S), (D__T1 - D__T0) / 1000]),
              D__Val
            end)())
        end).
-endif.

-endif.
