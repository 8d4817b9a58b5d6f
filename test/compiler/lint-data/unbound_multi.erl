-module(unbound_multi).
-export([f/0]).

f() ->
    {A, B} = {C, D},
    A + B + C.
