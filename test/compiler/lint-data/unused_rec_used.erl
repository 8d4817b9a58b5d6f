-module(unused_rec_used).
-export([f/0]).
-record(r, {a = 1}).
-record(q, {b}).

f() -> #r{}.
