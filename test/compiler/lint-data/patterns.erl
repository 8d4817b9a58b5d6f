-module(patterns).
-export([f/1, g/1]).

f(X + 1) -> X;
f(-1) -> neg;
f(1 + 2) -> three.

g(#{a => 1}) -> ok.
