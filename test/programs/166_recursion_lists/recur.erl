-module(recur).
-export([main/0]).

sum([]) -> 0;
sum([H | T]) -> H + sum(T).

max_of([H | T]) -> max_of(T, H).
max_of([], M) -> M;
max_of([H | T], M) when H > M -> max_of(T, H);
max_of([_ | T], M) -> max_of(T, M).

flatten([]) -> [];
flatten([H | T]) when is_list(H) -> flatten(H) ++ flatten(T);
flatten([H | T]) -> [H | flatten(T)].

compress([A, A | T]) -> compress([A | T]);
compress([A | T]) -> [A | compress(T)];
compress([]) -> [].

pack([]) -> [];
pack([H | _] = L) ->
    {Run, Rest} = lists:splitwith(fun(X) -> X =:= H end, L),
    [Run | pack(Rest)].

rotate(L, N) -> {A, B} = lists:split(N rem length(L), L), B ++ A.

range(A, B) when A > B -> [];
range(A, B) -> [A | range(A + 1, B)].

main() ->
    io:format("~w~n", [sum([1, 2, 3, 4])]),
    io:format("~w~n", [max_of([3, 9, 2, 7])]),
    io:format("~w~n", [flatten([1, [2, [3, 4], []], [[5]]])]),
    io:format("~w~n", [compress([a, a, a, b, c, c, a, a, d, e, e, e])]),
    io:format("~w~n", [pack([a, a, b, c, c, c, a])]),
    io:format("~w~n", [rotate([a, b, c, d, e, f], 3)]),
    io:format("~w~n", [range(4, 9)]).
