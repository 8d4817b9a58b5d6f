-module(patterns).
-export([main/0]).

%% Pattern matching in heads, matches, nested terms and aliases.
main() ->
    {A, B} = {1, 2},
    [H | T] = [a, b, c],
    {X, X} = {same, same},
    P = {point, 3, 4},
    {point, PX, PY} = P,
    Whole = {inner, _} = {inner, 42},
    [_, Second | _] = [10, 20, 30, 40],
    "abc" ++ Rest = "abcdef",
    <<First, Tail/binary>> = <<1, 2, 3>>,
    io:format("~p~n", [{A, B, H, T, X, PX, PY, Whole, Second, Rest, First, Tail}]),
    io:format("~p~n", [[classify(V) || V <- [[], [1], [1, 2], {a}, {a, b}, 0, 1.0, atom, "s", <<"b">>, #{k => v}]]]),
    io:format("~p~n", [[zip_eq(L1, L2) || {L1, L2} <- [{[1, 2], [1, 2]}, {[1, 2], [2, 1]}, {[], []}]]]),
    io:format("~p~n", [deep({a, [b, {c, [d, e]}]})]),
    io:format("~p~n", [{match_num(1), match_num(1.0)}]),
    io:format("~p~n", [[match_num(N) || N <- [1, 1.0, 2, -1]]]),
    io:format("~p~n", [catch_match()]),
    %% pattern with both sides bound variables
    Y = 5,
    {Y, Z} = {5, 6},
    io:format("~p~n", [Z]),
    %% string prefix patterns in function heads
    io:format("~p~n", [[prefix(S) || S <- ["GET /x", "POST /y", "other"]]]),
    %% map patterns
    #{name := Name, age := Age} = #{name => "joe", age => 33, extra => 1},
    io:format("~p~n", [{Name, Age}]),
    %% match on nested alias in fun head
    F = fun({pair, L, R} = Pair) -> {L + R, Pair} end,
    io:format("~p~n", [F({pair, 1, 2})]),
    ok.

classify([]) -> empty_list;
classify([_]) -> one_elem;
classify([_ | _]) -> list;
classify({_}) -> tuple1;
classify(T) when is_tuple(T) -> tuple;
classify(0) -> zero;
classify(F) when is_float(F) -> float;
classify(A) when is_atom(A) -> atom;
classify(B) when is_binary(B) -> binary;
classify(M) when is_map(M) -> map;
classify(_) -> other.

zip_eq([], []) -> true;
zip_eq([X | A], [X | B]) -> zip_eq(A, B);
zip_eq(_, _) -> false.

deep({A, [B, {C, [D, E]}]}) -> [E, D, C, B, A].

match_num(1) -> int_one;
match_num(1.0) -> float_one;
match_num(N) when N < 0 -> negative;
match_num(_) -> other.

catch_match() ->
    try
        {ok, V} = list_to_tuple(id([error, nope])),
        V
    catch
        error:{badmatch, Term} -> {caught, Term}
    end.

prefix("GET " ++ Path) -> {get, Path};
prefix("POST " ++ Path) -> {post, Path};
prefix(_) -> unknown.
id(X) -> X.
