-module(grains).
-export([square/1, total/0]).

square(N) when is_integer(N), N >= 1, N =< 64 -> 1 bsl (N - 1);
square(_) -> {error, "square must be between 1 and 64"}.

total() -> (1 bsl 64) - 1.
