-module(trace).
-export([main/0, level1/1]).

parse(Str) -> list_to_integer(Str).

total(Strs) -> lists:sum([parse(S) || S <- Strs]).

level3(X) -> {ok, V} = X, V.
level2(X) -> level3(X) + 1.
level1(X) -> level2(X) * 2.

main() ->
    try total(["1", "2", "x"])
    catch
        error:Reason:Stack ->
            io:format("error: ~p~n", [Reason]),
            io:format("top frame: ~p~n", [hd(Stack)]),
            io:format("in trace? ~p~n", [lists:keymember(trace, 1, Stack)])
    end,
    try level1(error)
    catch
        C:R:S ->
            io:format("~p:~p~n", [C, R]),
            [io:format("  ~w:~w/~w line ~w~n", [M, F, A, proplists:get_value(line, L)])
             || {M, F, A, L} <- S, M =:= trace]
    end,
    try throw(my_ball)
    catch throw:Ball:St -> io:format("~p ~p~n", [Ball, [{M, F} || {M, F, _, _} <- St, M =:= trace]])
    end.
