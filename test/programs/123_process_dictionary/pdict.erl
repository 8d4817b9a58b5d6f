-module(pdict).
-export([main/0]).

main() ->
    io:format("~p~n", [put(visits, 1)]),
    io:format("~p~n", [put(visits, 2)]),
    io:format("~p~n", [get(visits)]),
    io:format("~p~n", [get(nothing)]),
    put({user, 1}, "ann"),
    put({user, 2}, "bob"),
    io:format("~p~n", [lists:sort(get_keys("ann") ++ get_keys("bob"))]),
    io:format("~p~n", [erase(visits)]),
    io:format("~p~n", [get(visits)]),
    io:format("~p~n", [lists:sort([K || {K, _} <- get(), is_tuple(K)])]),
    Memo = fun Loop(0) -> 0; Loop(N) -> case get({tri, N}) of
                                           undefined -> V = N + Loop(N - 1), put({tri, N}, V), V;
                                           V -> V
                                       end end,
    io:format("~p~n", [Memo(100)]),
    io:format("~p~n", [get({tri, 50})]).
