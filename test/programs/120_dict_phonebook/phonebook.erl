-module(phonebook).
-export([main/0]).

main() ->
    Book0 = orddict:new(),
    Book1 = orddict:store("carol", "555-0103", orddict:store("alice", "555-0101", Book0)),
    Book2 = orddict:append_list("bob", ["555-0102", "555-0199"], Book1),
    io:format("~p~n", [Book2]),
    io:format("~p~n", [orddict:find("bob", Book2)]),
    io:format("~p~n", [orddict:fetch_keys(Book2)]),
    D = dict:from_list([{k1, 1}, {k2, 2}]),
    D2 = dict:append(k3, x, dict:store(k1, 10, D)),
    io:format("~p~n", [lists:sort(dict:to_list(D2))]),
    io:format("~p~n", [dict:fetch(k1, D2)]),
    io:format("~p~n", [dict:is_key(k9, D2)]),
    io:format("~p~n", [lists:sort(dict:fetch_keys(dict:filter(fun(_, V) -> is_integer(V) end, D2)))]),
    P = [{name, "x"}, {size, 3}, debug, {size, 4}],
    io:format("~p ~p ~p~n", [proplists:get_value(size, P), proplists:get_bool(debug, P), proplists:get_all_values(size, P)]),
    io:format("~p~n", [proplists:lookup(name, P)]),
    io:format("~p~n", [proplists:delete(size, P)]).
