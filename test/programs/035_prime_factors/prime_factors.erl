-module(prime_factors).
-export([factors/1]).

factors(N) -> factors(N, 2, []).

factors(1, _, Acc) -> lists:reverse(Acc);
factors(N, D, Acc) when D * D > N -> lists:reverse([N | Acc]);
factors(N, D, Acc) when N rem D =:= 0 -> factors(N div D, D, [D | Acc]);
factors(N, D, Acc) -> factors(N, D + 1, Acc).
