-module(funs).
-export([f/0, g/0]).

f() -> fun missing/2.
g() -> fun length/1.
