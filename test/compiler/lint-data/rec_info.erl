-module(rec_info).
-export([f/0, g/0]).
-record(r, {a, b}).

f() -> record_info(fields, r).
g() -> record_info(fields, s).
