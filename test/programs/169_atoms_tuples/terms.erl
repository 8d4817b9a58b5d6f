-module(terms).
-export([main/0]).

main() ->
    T = {point, 3, 4},
    io:format("~p ~p ~p~n", [element(1, T), tuple_size(T), setelement(2, T, 30)]),
    io:format("~p~n", [tuple_to_list(T)]),
    io:format("~p~n", [list_to_tuple([a, b])]),
    io:format("~p~n", [erlang:append_element(T, z)]),
    io:format("~p~n", [erlang:delete_element(1, T)]),
    io:format("~p~n", [erlang:insert_element(2, T, new)]),
    io:format("~p~n", [[atom_to_list(hello), list_to_atom("with space"), atom_to_binary('Quoted')]]),
    io:format("~p~n", [['hello world', 'UPPER', 'a.b', '[]', 'ok', '_x', 'é']]),
    io:format("~p~n", [list_to_existing_atom("ok")]),
    io:format("~p~n", [catch list_to_existing_atom("surely_not_an_existing_atom_xyz")]),
    io:format("~p~n", [lists:sort([{b, 1}, {a, 2}, {a, 1, x}, {a}])]),
    io:format("~p~n", [[term_to_binary(ok), binary_to_term(<<131, 100, 0, 2, 111, 107>>)]]),
    io:format("~p~n", [[is_atom(true), is_boolean(false), is_boolean(maybe), true andalso false, not true]]),
    io:format("~p~n", [erlang:phash2({a, 1}) =:= erlang:phash2({a, 1})]),
    io:format("~p~n", [size({1, 2, 3})]).
