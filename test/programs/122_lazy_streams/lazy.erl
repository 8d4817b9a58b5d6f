-module(lazy).
-export([main/0]).

%% Infinite lists as funs returning [Head | Thunk].
from(N) -> fun() -> [N | from(N + 1)] end.

take(0, _) -> [];
take(N, S) -> [H | T] = S(), [H | take(N - 1, T)].

filter(P, S) ->
    fun() ->
            [H | T] = S(),
            case P(H) of
                true -> [H | filter(P, T)];
                false -> (filter(P, T))()
            end
    end.

map(F, S) -> fun() -> [H | T] = S(), [F(H) | map(F, T)] end.

primes() -> sieve(from(2)).
sieve(S) -> fun() -> [P | T] = S(), [P | sieve(filter(fun(X) -> X rem P =/= 0 end, T))] end.

fibs() -> fibs(0, 1).
fibs(A, B) -> fun() -> [A | fibs(B, A + B)] end.

main() ->
    io:format("~w~n", [take(10, from(1))]),
    io:format("~w~n", [take(10, map(fun(X) -> X * X end, from(1)))]),
    io:format("~w~n", [take(15, primes())]),
    io:format("~w~n", [take(15, fibs())]),
    io:format("~w~n", [take(5, filter(fun(X) -> X rem 7 =:= 0 end, from(100)))]).
