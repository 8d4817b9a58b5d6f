-module(case_if).
-export([main/0]).

%% case and if: clause order, guards, bindings exported out of case.
main() ->
    io:format("~p~n", [[c1(X) || X <- [0, 1, 2, {x, 1}, [a], "b", 3.0]]]),
    io:format("~p~n", [[i1(X) || X <- [-1, 0, 1, 50, 100]]]),
    %% variable bound in all case clauses is usable after the case
    R = case lists:member(b, [a, b, c]) of
            true -> Found = yes, Found;
            false -> Found = no, Found
        end,
    io:format("~p~n", [{R, Found}]),
    %% nested case
    io:format("~p~n", [[nested(A, B) || A <- [true, false], B <- [true, false]]]),
    %% case on tuple of values
    io:format("~p~n", [[fizz(N) || N <- lists:seq(1, 15)]]),
    %% if with true fallthrough
    io:format("~p~n", [[grade(S) || S <- [95, 85, 75, 10]]]),
    %% case with guard sequences
    io:format("~p~n", [[cg(X) || X <- [1, 2, 3, 4, a]]]),
    ok.

c1(X) ->
    case X of
        0 -> zero;
        N when is_integer(N), N > 1 -> big;
        1 -> one;
        {x, V} -> {x_with, V};
        [_ | _] = L when length(L) =:= 1 -> singleton;
        F when is_float(F) -> float;
        _ -> other
    end.

i1(X) ->
    if X < 0 -> negative;
       X =:= 0 -> zero;
       X < 10 -> small;
       X < 100 -> medium;
       true -> large
    end.

nested(A, B) ->
    case A of
        true ->
            case B of
                true -> both;
                false -> only_a
            end;
        false ->
            if B -> only_b; true -> neither end
    end.

fizz(N) ->
    case {N rem 3, N rem 5} of
        {0, 0} -> fizzbuzz;
        {0, _} -> fizz;
        {_, 0} -> buzz;
        _ -> N
    end.

grade(S) ->
    if S >= 90 -> a;
       S >= 80 -> b;
       S >= 70 -> c;
       true -> f
    end.

cg(X) ->
    case X of
        Y when Y =:= 1; Y =:= 3 -> odd;
        Y when is_integer(Y), Y rem 2 =:= 0 -> even;
        _ -> not_int
    end.
