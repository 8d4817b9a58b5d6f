-module(named_fun).
-export([f/0]).

f() ->
    F = fun Fact(0) -> 1; Fact(N) -> N * Fact(N - 1) end,
    F(5).
