-module(bad).
-export([f/0]).
f() -> X.
g() -> ok.
