-module(dup_fun).
-export([f/0]).

f() -> ok.
g() -> 1.
f() -> again.
