-module(bif_clash).
-export([f/1, size/1]).

size(X) -> X.

f(X) -> size(X).
