%% erlts's stdlib/include/assert.hrl: the assertion macros of OTP's header,
%% with the same names and the same error terms, so that a caught failure
%% prints as it does in erl:
%%   {Macro, [{module,M}, {line,L}, {comment,C} (in the /N+1 forms),
%%            {expression,"..."}, ...]}
%% Each macro is a fun called on the spot, so that its variables (named
%% A__x so as not to meet the user's) stay local. The true/false to
%% compare with comes from a call (is_process_alive(self())) rather than a
%% literal so that the compiler cannot tell that a clause never matches.
%%
%% -define(NOASSERT, true) (or NODEBUG without DEBUG) turns every macro
%% into `ok`; -define(ASSERT, true) turns them back on.

-ifndef(ASSERT_HRL).
-define(ASSERT_HRL, true).

-ifdef(NODEBUG).
-ifndef(DEBUG).
-ifndef(NOASSERT).
-define(NOASSERT, true).
-endif.
-endif.
-endif.

-ifdef(ASSERT).
-undef(NOASSERT).
-endif.

%% The info list's head: module and line, then the comment if one is given.
-define(A__INFO, {module, ?MODULE}, {line, ?LINE}).
-define(A__INFO(Comment), {module, ?MODULE}, {line, ?LINE}, {comment, (Comment)}).
%% assertException's {pattern, "..."}: the class and term as written.
-define(A__PATTERN(Class, Term), "{ " ++ (??Class) ++ " , " ++ (??Term) ++ " , [...] }").

-ifdef(NOASSERT).

-define(assert(BoolExpr), ok).
-define(assert(BoolExpr, Comment), ok).
-define(assertNot(BoolExpr), ok).
-define(assertNot(BoolExpr, Comment), ok).
-define(assertMatch(Guard, Expr), ok).
-define(assertMatch(Guard, Expr, Comment), ok).
-define(assertNotMatch(Guard, Expr), ok).
-define(assertNotMatch(Guard, Expr, Comment), ok).
-define(assertEqual(Expect, Expr), ok).
-define(assertEqual(Expect, Expr, Comment), ok).
-define(assertNotEqual(Unexpected, Expr), ok).
-define(assertNotEqual(Unexpected, Expr, Comment), ok).
-define(assertException(Class, Term, Expr), ok).
-define(assertException(Class, Term, Expr, Comment), ok).
-define(assertNotException(Class, Term, Expr), ok).
-define(assertNotException(Class, Term, Expr, Comment), ok).

-else.

%% ?assert(E): E must be exactly true. A non-boolean is reported as such.
-define(A__BOOL(Want, BoolExpr, Info),
        begin
          ((fun () ->
              A__Want = (Want),
              case (BoolExpr) of
                A__Want -> ok;
                A__Got ->
                  erlang:error({assert,
                                [Info,
                                 {expression, (??BoolExpr)},
                                 {expected, A__Want},
                                 case not A__Want of
                                   A__Got -> {value, A__Got};
                                   _ -> {not_boolean, A__Got}
                                 end]})
              end
            end)())
        end).
-define(assert(BoolExpr), ?A__BOOL(is_process_alive(self()), BoolExpr, ?A__INFO)).
-define(assert(BoolExpr, Comment),
        ?A__BOOL(is_process_alive(self()), BoolExpr, ?A__INFO(Comment))).
-define(assertNot(BoolExpr), ?A__BOOL(not is_process_alive(self()), BoolExpr, ?A__INFO)).
-define(assertNot(BoolExpr, Comment),
        ?A__BOOL(not is_process_alive(self()), BoolExpr, ?A__INFO(Comment))).

-define(A__MATCH(Guard, Expr, Info),
        begin
          ((fun () ->
              case (Expr) of
                Guard -> ok;
                A__Got ->
                  erlang:error({assertMatch,
                                [Info,
                                 {expression, (??Expr)},
                                 {pattern, (??Guard)},
                                 {value, A__Got}]})
              end
            end)())
        end).
-define(assertMatch(Guard, Expr), ?A__MATCH(Guard, Expr, ?A__INFO)).
-define(assertMatch(Guard, Expr, Comment), ?A__MATCH(Guard, Expr, ?A__INFO(Comment))).

-define(A__NOTMATCH(Guard, Expr, Info),
        begin
          ((fun () ->
              A__Got = (Expr),
              case A__Got of
                Guard ->
                  erlang:error({assertNotMatch,
                                [Info,
                                 {expression, (??Expr)},
                                 {pattern, (??Guard)},
                                 {value, A__Got}]});
                _ -> ok
              end
            end)())
        end).
-define(assertNotMatch(Guard, Expr), ?A__NOTMATCH(Guard, Expr, ?A__INFO)).
-define(assertNotMatch(Guard, Expr, Comment),
        ?A__NOTMATCH(Guard, Expr, ?A__INFO(Comment))).

-define(A__EQUAL(Expect, Expr, Info),
        begin
          ((fun () ->
              A__Want = (Expect),
              case (Expr) of
                A__Want -> ok;
                A__Got ->
                  erlang:error({assertEqual,
                                [Info,
                                 {expression, (??Expr)},
                                 {expected, A__Want},
                                 {value, A__Got}]})
              end
            end)())
        end).
-define(assertEqual(Expect, Expr), ?A__EQUAL(Expect, Expr, ?A__INFO)).
-define(assertEqual(Expect, Expr, Comment), ?A__EQUAL(Expect, Expr, ?A__INFO(Comment))).

-define(A__NOTEQUAL(Unexpected, Expr, Info),
        begin
          ((fun () ->
              A__Unwanted = (Unexpected),
              case (Expr) of
                A__Unwanted ->
                  erlang:error({assertNotEqual,
                                [Info,
                                 {expression, (??Expr)},
                                 {value, A__Unwanted}]});
                _ -> ok
              end
            end)())
        end).
-define(assertNotEqual(Unexpected, Expr), ?A__NOTEQUAL(Unexpected, Expr, ?A__INFO)).
-define(assertNotEqual(Unexpected, Expr, Comment),
        ?A__NOTEQUAL(Unexpected, Expr, ?A__INFO(Comment))).

%% Class:Term is a pattern, as in a catch clause.
-define(A__EXCEPTION(Class, Term, Expr, Info),
        begin
          ((fun () ->
              try (Expr) of
                A__Got ->
                  erlang:error({assertException,
                                [Info,
                                 {expression, (??Expr)},
                                 {pattern, ?A__PATTERN(Class, Term)},
                                 {unexpected_success, A__Got}]})
              catch
                Class:Term -> ok;
                A__C:A__T:A__S ->
                  erlang:error({assertException,
                                [Info,
                                 {expression, (??Expr)},
                                 {pattern, ?A__PATTERN(Class, Term)},
                                 {unexpected_exception, {A__C, A__T, A__S}}]})
              end
            end)())
        end).
-define(assertException(Class, Term, Expr), ?A__EXCEPTION(Class, Term, Expr, ?A__INFO)).
-define(assertException(Class, Term, Expr, Comment),
        ?A__EXCEPTION(Class, Term, Expr, ?A__INFO(Comment))).

-define(A__NOTEXCEPTION(Class, Term, Expr, Info),
        begin
          ((fun () ->
              try (Expr) of
                _ -> ok
              catch
                A__C:A__T:A__S ->
                  case A__C of
                    Class ->
                      case A__T of
                        Term ->
                          erlang:error({assertNotException,
                                        [Info,
                                         {expression, (??Expr)},
                                         {pattern, ?A__PATTERN(Class, Term)},
                                         {unexpected_exception, {A__C, A__T, A__S}}]});
                        _ -> ok
                      end;
                    _ -> ok
                  end
              end
            end)())
        end).
-define(assertNotException(Class, Term, Expr),
        ?A__NOTEXCEPTION(Class, Term, Expr, ?A__INFO)).
-define(assertNotException(Class, Term, Expr, Comment),
        ?A__NOTEXCEPTION(Class, Term, Expr, ?A__INFO(Comment))).

-endif.

-define(assertError(Term, Expr), ?assertException(error, Term, Expr)).
-define(assertError(Term, Expr, Comment), ?assertException(error, Term, Expr, Comment)).
-define(assertExit(Term, Expr), ?assertException(exit, Term, Expr)).
-define(assertExit(Term, Expr, Comment), ?assertException(exit, Term, Expr, Comment)).
-define(assertThrow(Term, Expr), ?assertException(throw, Term, Expr)).
-define(assertThrow(Term, Expr, Comment), ?assertException(throw, Term, Expr, Comment)).

-endif.
