-module(guards).
-export([main/0]).

classify(X) when is_integer(X), X < 0 -> negative_integer;
classify(0) -> zero;
classify(X) when is_integer(X) -> positive_integer;
classify(X) when is_float(X) -> float;
classify(X) when is_atom(X) -> atom;
classify(X) when is_binary(X) -> binary;
classify(X) when is_list(X), length(X) > 3 -> long_list;
classify(X) when is_list(X) -> short_list;
classify(X) when is_tuple(X), tuple_size(X) =:= 2 -> pair;
classify(X) when is_tuple(X) -> tuple;
classify(X) when is_map(X), map_size(X) =:= 0 -> empty_map;
classify(X) when is_map_key(name, X) -> named_map;
classify(X) when is_map(X) -> map;
classify(X) when is_function(X, 1) -> fun1;
classify(X) when is_function(X) -> function;
classify(_) -> other.

grade(S) when S >= 90 -> a;
grade(S) when S >= 80, S < 90 -> b;
grade(S) when S >= 70; S =:= 69 -> c;
grade(_) -> f.

safe_div(A, B) when B =/= 0, is_number(A) -> A / B;
safe_div(_, _) -> undefined.

%% A guard that raises just fails.
odd_guard(X) when hd(X) > 0 -> positive_head;
odd_guard(_) -> no.

main() ->
    Samples = [-5, 0, 7, 2.5, ok, <<"b">>, [1, 2, 3, 4], "ab", {1, 2}, {1, 2, 3}, #{}, #{name => x},
               #{a => 1}, fun(_) -> ok end, fun() -> ok end, make_ref()],
    [io:format("~w~n", [classify(S)]) || S <- Samples],
    io:format("~w~n", [[grade(S) || S <- [95, 85, 72, 69, 40]]]),
    io:format("~w ~w~n", [safe_div(1, 4), safe_div(1, 0)]),
    io:format("~w ~w ~w~n", [odd_guard([3]), odd_guard([]), odd_guard(atom)]),
    io:format("~w~n", [[X || X <- [1, a, 2.0, "s", 3], is_integer(X) orelse is_float(X)]]).
