-module(is_record).
-export([f/1]).
-record(p, {x}).

f(X) when is_record(X, p) -> yes;
f(X) when is_record(X, q) -> yes;
f(_) -> no.
