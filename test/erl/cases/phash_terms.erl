-module(phash_terms).
-export([main/0]).
-compile(nowarn_deprecated_function).

%% erlang:phash/2 (sets and dict place elements by it): integers, atoms and
%% flat tuples of them take a short path in erlts (src/bifs/erlang/phash.ts);
%% everything else the general walk. Both must give erts' numbers.
main() ->
    Ts = [0, 1, -1, 255, 256, 4294967295, 4294967296, -4294967297, 1 bsl 59,
          1 bsl 70, -(1 bsl 70), a, foo, [], {}, {a}, {1, 2}, {-5, 100000000000},
          {a, b, c}, {1, a, 1 bsl 64}, {1.0}, {[1]}, {{1, 2}, 3}, [1, 2], "abc",
          <<1, 2>>, 1.5, {x, -1}, {0, 0}, {299, 223}],
    io:format("~w~n", [[erlang:phash(T, 1 bsl 32) || T <- Ts]]),
    io:format("~w~n", [[erlang:phash(T, 97) || T <- Ts]]),
    S = lists:foldl(fun sets:add_element/2, sets:new(), [{X rem 7, X div 7} || X <- lists:seq(1, 40)]),
    io:format("~w~n", [S]).
