-module(lists_module).
-export([main/0]).

%% The lists module's first-order functions.
main() ->
    L = [3, 1, 4, 1, 5, 9, 2, 6],
    io:format("~p~n", [{lists:reverse(L), lists:sort(L), lists:usort(L)}]),
    io:format("~p~n", [{lists:sum(L), lists:max(L), lists:min(L), length(L)}]),
    io:format("~p~n", [{lists:nth(3, L), lists:nthtail(5, L), lists:last(L), hd(L), tl(L)}]),
    io:format("~p~n", [{lists:member(9, L), lists:member(7, L)}]),
    io:format("~p~n", [{lists:append([1, 2], [3]), lists:append([[1], [2, 3], []]), [1] ++ [2]}]),
    io:format("~p~n", [{lists:delete(1, L), L -- [1, 1, 9], lists:subtract(L, [3])}]),
    io:format("~p~n", [{lists:seq(1, 10, 3), lists:seq(10, 1, -2), lists:seq(5, 4)}]),
    io:format("~p~n", [{lists:split(3, L), lists:sublist(L, 2, 3), lists:sublist(L, 3)}]),
    io:format("~p~n", [{lists:zip([a, b, c], [1, 2, 3]), lists:unzip([{a, 1}, {b, 2}])}]),
    io:format("~p~n", [{lists:zip3([a, b], [1, 2], [x, y]), lists:unzip3([{a, 1, x}, {b, 2, y}])}]),
    io:format("~p~n", [{lists:flatten([1, [2, [3, [4]], []], 5]), lists:flatten([[a], b], [c])}]),
    io:format("~p~n", [{lists:duplicate(3, x), lists:concat([a, "b", 1, 2.5])}]),
    P = [{a, 1}, {b, 2}, {c, 3}],
    io:format("~p~n", [{lists:keyfind(b, 1, P), lists:keyfind(z, 1, P), lists:keymember(c, 1, P)}]),
    io:format("~p~n", [{lists:keydelete(a, 1, P), lists:keyreplace(b, 1, P, {b, 20}), lists:keystore(d, 1, P, {d, 4})}]),
    io:format("~p~n", [{lists:keysort(2, [{x, 3}, {y, 1}, {z, 2}]), lists:keytake(b, 1, P)}]),
    io:format("~p~n", [{lists:merge([1, 3, 5], [2, 4, 6]), lists:merge([[1, 4], [2, 5], [3, 6]])}]),
    io:format("~p~n", [{lists:prefix([1, 2], [1, 2, 3]), lists:suffix([3], [1, 2, 3])}]),
    io:format("~p~n", [{lists:droplast([1, 2, 3]), lists:enumerate([a, b, c])}]),
    io:format("~p~n", [{lists:umerge([1, 2, 3], [2, 3, 4]), lists:ukeysort(1, [{b, 1}, {a, 2}, {b, 3}])}]),
    io:format("~p~n", [{lists:max([a, 1, "s"]), lists:min([[], {}, 0])}]),
    io:format("~p~n", [lists:sort([{b, 2}, {a, 3}, {b, 1}, {a, 1}])]),
    io:format("~p~n", [{lists:join(x, [1, 2, 3]), lists:subtract([1, 2, 3, 2], [2])}]),
    io:format("~p~n", [{lists:sum([1, 2.5]), lists:sum([]), lists:reverse([1, 2], [3, 4])}]),
    io:format("~p~n", [lists:sort([c, b, a, 3, 2.0, 1, "str", {t}])]),
    Big = lists:seq(1, 200000),
    io:format("~p~n", [{length(Big), lists:sum(Big), lists:last(lists:reverse(Big)), length(lists:sort(lists:reverse(Big)))}]),
    io:format("~p~n", [catch_reason(fun() -> lists:nth(10, [1, 2]) end)]),
    io:format("~p~n", [catch_reason(fun() -> lists:last([]) end)]),
    ok.

catch_reason(F) ->
    try F() catch C:R -> {C, R} end.
