-module(dup_export).
-export([f/0, f/0]).

f() -> ok.
