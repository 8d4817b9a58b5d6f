-module(guards).
-export([main/0]).

%% Guards: type tests, comparisons, boolean ops, guard BIFs, ; and , sequences,
%% and guards that fail by raising (which just means "no match").
main() ->
    Vals = [1, -3, 2.5, foo, "str", <<"bin">>, {t, 1}, [], [1], #{a => 1}, self(), fun() -> ok end, make_ref()],
    io:format("~p~n", [[kind(V) || V <- Vals]]),
    io:format("~p~n", [[range(N) || N <- [-5, 0, 5, 10, 15, 100]]]),
    io:format("~p~n", [[g_or(X) || X <- [1, 2, 3, a]]]),
    io:format("~p~n", [[g_raise(X) || X <- [[1, 2], [], foo, {1, 2, 3}]]]),
    io:format("~p~n", [[g_bifs(X) || X <- [{a, b}, {a, b, c}, [1, 2, 3], <<1, 2>>, 7]]]),
    io:format("~p~n", [[g_andalso(X) || X <- [0, 3, 12, x]]]),
    io:format("~p~n", [[g_semicolon(X) || X <- [1, 2, 3, 4]]]),
    io:format("~p~n", [[g_map(M) || M <- [#{a => 1}, #{a => 2, b => 3}, #{}]]]),
    io:format("~p~n", [[g_exact(X) || X <- [1, 1.0, 2]]]),
    io:format("~p~n", [[g_arith(X) || X <- [1, 2, 3, 4, 5, 6]]]),
    io:format("~p~n", [[g_fun(F) || F <- [fun(_) -> ok end, fun() -> ok end, not_fun]]]),
    io:format("~p~n", [[g_rec(R) || R <- [{point, 1, 2}, {point, 1}, {other, 1, 2}]]]),
    io:format("~p~n", [[g_not(X) || X <- [true, false, 1]]]),
    ok.

kind(X) when is_integer(X), X < 0 -> neg_int;
kind(X) when is_integer(X) -> int;
kind(X) when is_float(X) -> float;
kind(X) when is_atom(X) -> atom;
kind(X) when is_binary(X) -> binary;
kind(X) when is_tuple(X) -> tuple;
kind(X) when is_list(X), length(X) > 0 -> nonempty_list;
kind(X) when is_list(X) -> empty_list;
kind(X) when is_map(X) -> map;
kind(X) when is_pid(X) -> pid;
kind(X) when is_function(X) -> function;
kind(X) when is_reference(X) -> reference;
kind(_) -> unknown.

range(N) when N < 0 -> negative;
range(N) when N >= 0, N =< 9 -> digit;
range(N) when N > 9, N < 20 -> teen;
range(_) -> big.

g_or(X) when X =:= 1; X =:= 3 -> odd_small;
g_or(X) when X == 2 -> two;
g_or(_) -> other.

%% hd([]) raises inside the guard: the clause just does not match.
g_raise(X) when hd(X) > 0 -> positive_head;
g_raise(X) when element(3, X) =:= 3 -> third_is_3;
g_raise(_) -> fallthrough.

g_bifs(X) when tuple_size(X) =:= 2 -> {pair, element(1, X)};
g_bifs(X) when is_list(X), length(X) =:= 3 -> {triple_list, hd(tl(X))};
g_bifs(X) when byte_size(X) =:= 2 -> {two_bytes, binary_part(X, 1, 1)};
g_bifs(X) when abs(X) > 5, X rem 2 =:= 1 -> odd_big;
g_bifs(_) -> other.

g_andalso(X) when is_integer(X) andalso (X > 10 orelse X =:= 0) -> yes;
g_andalso(_) -> no.

g_semicolon(X) when X =:= 1; X =:= 2, true; X > 3 -> matched;
g_semicolon(_) -> no.

g_map(M) when map_size(M) =:= 1, map_get(a, M) =:= 1 -> a_is_1;
g_map(M) when is_map_key(b, M) -> has_b;
g_map(_) -> other.

g_exact(X) when X =:= 1 -> exact_int;
g_exact(X) when X == 1 -> equal_float;
g_exact(_) -> other.

g_arith(X) when X * 2 + 1 =:= 7 -> three;
g_arith(X) when X div 2 =:= 2 -> four_or_five;
g_arith(X) when X band 1 =:= 0 -> even;
g_arith(_) -> odd.

g_fun(F) when is_function(F, 1) -> arity1;
g_fun(F) when is_function(F) -> other_fun;
g_fun(_) -> not_fun.

g_rec(R) when is_record(R, point, 3) -> point;
g_rec(_) -> not_point.

g_not(X) when not X -> was_false;
g_not(X) when X -> was_true;
g_not(_) -> not_bool.
