-module(preproc).
-export([a/0, b/1, c/0, d/2, e/0]).
-include("defs.hrl").
-define(TWICE(X), (X) + (X)).
-define(PAIR(A, B), {A, B}).
-define(PAIR(A), {A, A}).
-define(STR(E), ??E).
-define(EMPTY, ).
-ifdef(FROM_HRL).
a() -> {?FROM_HRL, ?MODULE, ?MODULE_STRING, ?LINE, ?MACHINE}.
-else.
a() -> not_here.
-endif.
-ifndef(NOPE).
b(X) -> ?TWICE(X) + ?PAIR(1, 2) + ?PAIR(X) ?EMPTY.
-endif.
-if(?OTP_RELEASE >= 21).
c() -> {?FUNCTION_NAME, ?FUNCTION_ARITY, ?STR(1 + foo(X))}.
-elif(true).
c() -> old.
-else.
c() -> older.
-endif.
-undef(FROM_HRL).
-ifdef(FROM_HRL).
d(_, _) -> wrong.
-else.
d(A, B) -> #point{x = A, y = B}.
-endif.
-if(false).
e() -> no.
-elif(defined(TWICE)).
e() -> yes.
-endif.
-compile([export_all, nowarn_unused]).
-behaviour(gen_server).
-vsn("1.0").
-my_attr({a, [b, c], f/1}).
-spec e() -> yes.
-type t() :: integer() | atom().
-record(typed, {a :: integer(), b = [] :: list(), c}).
