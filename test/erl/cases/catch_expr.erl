-module(catch_expr).
-export([main/0]).

%% The old-style `catch Expr`: values, throws, errors (with {'EXIT', {R, Stack}}),
%% exits, and nesting.
main() ->
    io:format("~p~n", [catch 1 + 2]),
    io:format("~p~n", [catch throw(hello)]),
    {'EXIT', {Reason, Stack}} = (catch error(boom)),
    io:format("~p~n", [{Reason, is_list(Stack)}]),
    io:format("~p~n", [catch exit(goodbye)]),
    {'EXIT', {badarith, _}} = (catch 1 / zero()),
    io:format("~p~n", [badarith_caught]),
    io:format("~p~n", [catch (catch throw(inner))]),
    X = (catch lists:map(fun(E) -> E * 2 end, [1, 2, 3])),
    io:format("~p~n", [X]),
    io:format("~p~n", [[element(1, catch_reason(F)) || F <- [fun() -> error(a) end, fun() -> exit(b) end, fun() -> throw(c) end, fun() -> d end]]]),
    io:format("~p~n", [catch {ok, throw({nested, value})}]),
    io:format("~p~n", [catch exit({complex, [1, 2, 3]})]),
    %% catch in a list comprehension
    io:format("~p~n", [[catch check(N) || N <- [1, -1, 2]]]),
    ok.

zero() -> 0.

catch_reason(F) ->
    case catch F() of
        {'EXIT', {R, St}} when is_list(St) -> {error_exit, R};
        {'EXIT', R} -> {exit, R};
        V -> {value, V}
    end.

check(N) when N > 0 -> N;
check(N) -> throw({negative, N}).
