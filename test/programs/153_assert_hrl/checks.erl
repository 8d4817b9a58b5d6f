-module(checks).
-include_lib("stdlib/include/assert.hrl").
-export([main/0]).

main() ->
    ?assert(1 < 2),
    ?assertEqual([1, 2], lists:sort([2, 1])),
    ?assertMatch({ok, _}, {ok, 3}),
    ?assertNotEqual(a, b),
    ?assertError(badarith, 1 / zero()),
    io:format("all assertions hold~n"),
    try ?assertEqual(3, 1 + 1)
    catch error:{assertEqual, Info} -> io:format("~p~n", [lists:sort(Info)])
    end,
    try ?assertMatch([_], [])
    catch error:{assertMatch, Info2} -> io:format("~p~n", [proplists:get_value(pattern, Info2)])
    end.

zero() -> 0.
