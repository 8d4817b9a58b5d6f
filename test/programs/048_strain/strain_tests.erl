-module(strain_tests).
-include_lib("eunit/include/eunit.hrl").

empty_test() -> ?assertEqual([], strain:keep(fun(_) -> true end, [])).
keep_odd_test() -> ?assertEqual([1, 3, 5], strain:keep(fun(X) -> X rem 2 =:= 1 end, [1, 2, 3, 4, 5])).
discard_odd_test() -> ?assertEqual([2, 4], strain:discard(fun(X) -> X rem 2 =:= 1 end, [1, 2, 3, 4, 5])).
strings_test() ->
    ?assertEqual(["zebra", "zombies", "zealot"],
                 strain:keep(fun([C | _]) -> C =:= $z end, ["apple", "zebra", "banana", "zombies", "cherimoya", "zealot"])).
lists_test() ->
    ?assertEqual([[5, 5, 5], [5, 1, 2]], strain:keep(fun(L) -> lists:member(5, L) end, [[1, 2, 3], [5, 5, 5], [5, 1, 2], [2, 1, 2]])).
