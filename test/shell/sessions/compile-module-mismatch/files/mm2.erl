-module(other2).
-export([f/0]).
f() -> ok.
g() -> ok.
