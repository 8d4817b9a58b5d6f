-module(record_update).
-export([f/1, g/1]).
-record(s, {a = 1, b}).

f(S) -> S#s{b = 2, c = 3}.
g(S) -> S#s{a = 1, a = 2}.
