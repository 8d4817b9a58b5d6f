-module(exceptions).
-export([main/0]).

generate(1) -> a;
generate(2) -> throw(a);
generate(3) -> exit(a);
generate(4) -> {'EXIT', a};
generate(5) -> erlang:error(a);
generate(6) -> 1 / zero();
generate(7) -> element(5, {a});
generate(8) -> list_to_atom(42);
generate(9) -> [x] ++ y ++ z;
generate(10) -> {a} = {b}.

zero() -> 0.

demo(N) ->
    try generate(N) of
        Val -> {N, normal, Val}
    catch
        throw:X -> {N, caught, thrown, X};
        exit:X -> {N, caught, exited, X};
        error:X -> {N, caught, error, X}
    end.

main() ->
    [io:format("~p~n", [demo(N)]) || N <- lists:seq(1, 10)],
    [io:format("~p~n", [catch generate(N)]) || N <- [1, 2, 4]],
    R = try throw(oops) catch Class:Reason -> {Class, Reason} after io:format("after runs~n") end,
    io:format("~p~n", [R]),
    Nested = try
                 try error(inner) catch error:inner -> throw(outer) end
             catch throw:outer -> recovered
             end,
    io:format("~p~n", [Nested]),
    io:format("~p~n", [try 1 + 1 of 2 -> two; _ -> other catch _:_ -> never end]).
