-module(guardbifs).
-export([main/0]).

f(X) when length(X) > 2, hd(X) =:= a -> long_a;
f(X) when is_list(X), tl(X) =:= [] -> singleton;
f(X) when byte_size(X) > 3 -> long_binary;
f(X) when is_binary(X), binary_part(X, 0, 1) =:= <<"z">> -> z_binary;
f(X) when element(1, X) =:= ok -> ok_tuple;
f(X) when map_get(k, X) > 10 -> big_k;
f(X) when abs(X) > 100, X rem 2 =:= 0 -> big_even;
f(X) when float(X) -> float;
f(X) when X > 0 xor X > 10 -> between;
f(_) -> other.

main() ->
    [io:format("~p -> ~p~n", [X, f(X)]) ||
        X <- [[a, b, c], [x], <<"hello">>, <<"zz">>, {ok, 1}, #{k => 11}, #{k => 1}, -200, 201, 2.5, 5, 50]],
    ok.
