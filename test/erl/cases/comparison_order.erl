-module(comparison_order).
-export([main/0]).

%% Term order: number < atom < reference < fun < port < pid < tuple < map < nil < list < bitstring.
main() ->
    Ref = make_ref(),
    Fun = fun() -> ok end,
    Pid = self(),
    Terms = [<<"bin">>, [1], [], #{}, {1, 2}, Pid, Fun, Ref, atom, 1.5, 1, {0}, "abc", <<>>, #{a => 1}],
    Sorted = lists:sort(Terms),
    io:format("~p~n", [[type_of(T) || T <- Sorted]]),
    io:format("~p~n", [lists:sort([3, 1.5, 2, 1, 2.5, -1, 1 bsl 70, -1.0e10])]),
    io:format("~p~n", [lists:sort([b, a, 'B', aa, '', z])]),
    io:format("~p~n", [lists:sort([{2}, {1, 2}, {1, 1}, {}, {3, 0}])]),
    io:format("~p~n", [lists:sort([[2], [1, 2], [1], [], [1, 1, 1]])]),
    io:format("~p~n", [lists:sort([<<2>>, <<1, 2>>, <<1>>, <<>>, <<1:1>>])]),
    io:format("~p~n", [lists:sort(["b", "a", "ab", "", "B"])]),
    io:format("~p~n", [lists:sort([#{b => 1}, #{a => 2}, #{a => 1, b => 1}, #{}])]),
    io:format("~p~n", [{1 < a, a < {}, {} < [], [] < [a], [a] < <<>>, {1, 2} < #{}}]),
    io:format("~p~n", [{1 == 1.0, 1 < 1.0, 1.0 < 1, 1 =< 1.0, 2 > 1.9999}]),
    io:format("~p~n", [{Ref < Fun, Fun < Pid, Pid < {}, atom < Ref}]),
    io:format("~p~n", [{a =:= a, "a" =:= [97], {1, "x"} == {1.0, "x"}, {1, "x"} =:= {1.0, "x"}}]),
    io:format("~p~n", [{[1 | 2] < [1, 2], [1 | a] > [1 | 2]}]),
    io:format("~p~n", [lists:usort([1, 1.0, 2, 2, a, a])]),
    io:format("~p~n", [{max({1}, [1]), min(<<>>, []), max("a", <<"a">>)}]),
    io:format("~p~n", [lists:sort(fun(A, B) -> A >= B end, [3, 1, 2])]),
    io:format("~p~n", [{1 bsl 100 > 1.0e30, 1 bsl 100 < 1.0e31, (1 bsl 53) + 1 > float(1 bsl 53)}]),
    ok.

type_of(X) when is_integer(X) -> int;
type_of(X) when is_float(X) -> float;
type_of(X) when is_atom(X) -> atom;
type_of(X) when is_reference(X) -> ref;
type_of(X) when is_function(X) -> 'fun';
type_of(X) when is_pid(X) -> pid;
type_of(X) when is_tuple(X) -> {tuple, tuple_size(X)};
type_of(X) when is_map(X) -> {map, map_size(X)};
type_of([]) -> nil;
type_of(X) when is_list(X) -> {list, X};
type_of(X) when is_binary(X) -> {binary, X}.
