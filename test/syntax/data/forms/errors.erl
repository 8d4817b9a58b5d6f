-module(errors).
-export([f/0]).
f() -> ?UNDEFINED.
g() -> ?PAIR(1).
-define(PAIR(A, B), {A, B}).
h() -> ?PAIR(1).
-define(PAIR(A, B), again).
-define(MODULE, x).
-define(bad).
-include("missing.hrl").
-include_lib("nosuchapp/include/x.hrl").
i() -> "unterminated
j() -> 1 2.
k() -> ok;
l() -> ok.
m(X) when -> ok.
-error("stop here").
-warning(careful).
-export(foo).
-export([f/a]).
n() -> $\x{FFFFFFFF}.
o() -> ok.
-ifdef(X).
-ifdef(Y).
