-module(obsolete_guard).
-export([f/1]).

f(X) when list(X) -> ok;
f(_) -> no.
