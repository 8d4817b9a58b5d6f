-module(rpn).
-export([main/0, rpn/1]).

%% The reverse Polish calculator from Learn You Some Erlang.
rpn(L) when is_list(L) ->
    [Res] = lists:foldl(fun rpn/2, [], string:tokens(L, " ")),
    Res.

rpn("+", [N1, N2 | S]) -> [N2 + N1 | S];
rpn("-", [N1, N2 | S]) -> [N2 - N1 | S];
rpn("*", [N1, N2 | S]) -> [N2 * N1 | S];
rpn("/", [N1, N2 | S]) -> [N2 / N1 | S];
rpn("^", [N1, N2 | S]) -> [math:pow(N2, N1) | S];
rpn("ln", [N | S]) -> [math:log(N) | S];
rpn("sum", Stack) -> [lists:sum(Stack)];
rpn(X, Stack) -> [read(X) | Stack].

read(N) ->
    case string:to_float(N) of
        {error, no_float} -> list_to_integer(N);
        {F, _} -> F
    end.

main() ->
    [io:format("~-22s = ~p~n", [E, rpn(E)]) ||
        E <- ["3 5 +", "2 3 4 + *", "10 4 3 + 2 * -", "90 34 12 33 55 66 + * - + -", "2 0.5 ^", "1 2 3 4 sum", "7 2 /"]],
    {'EXIT', {Why, _}} = (catch rpn("1 +")),
    io:format("~p~n", [Why]).
