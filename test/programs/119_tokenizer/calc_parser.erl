-module(calc_parser).
-export([main/0]).

%% A recursive-descent parser and evaluator for + - * / and parentheses.
tokens([]) -> [];
tokens([C | T]) when C =:= $\s -> tokens(T);
tokens([C | _] = S) when C >= $0, C =< $9 ->
    {Digits, Rest} = lists:splitwith(fun(X) -> X >= $0 andalso X =< $9 end, S),
    [{num, list_to_integer(Digits)} | tokens(Rest)];
tokens([C | T]) when C =:= $+; C =:= $-; C =:= $*; C =:= $/; C =:= $(; C =:= $) -> [list_to_atom([C]) | tokens(T)];
tokens([C | _]) -> throw({bad_char, C}).

expr(Ts) -> {L, R} = term(Ts), expr_rest(L, R).
expr_rest(L, ['+' | Ts]) -> {R, Rest} = term(Ts), expr_rest({add, L, R}, Rest);
expr_rest(L, ['-' | Ts]) -> {R, Rest} = term(Ts), expr_rest({sub, L, R}, Rest);
expr_rest(L, Ts) -> {L, Ts}.

term(Ts) -> {L, R} = factor(Ts), term_rest(L, R).
term_rest(L, ['*' | Ts]) -> {R, Rest} = factor(Ts), term_rest({mul, L, R}, Rest);
term_rest(L, ['/' | Ts]) -> {R, Rest} = factor(Ts), term_rest({dvd, L, R}, Rest);
term_rest(L, Ts) -> {L, Ts}.

factor([{num, N} | Ts]) -> {N, Ts};
factor(['-' | Ts]) -> {F, Rest} = factor(Ts), {{neg, F}, Rest};
factor(['(' | Ts]) ->
    case expr(Ts) of
        {E, [')' | Rest]} -> {E, Rest};
        _ -> throw(missing_paren)
    end;
factor(Ts) -> throw({unexpected, Ts}).

eval(N) when is_integer(N) -> N;
eval({neg, E}) -> -eval(E);
eval({add, A, B}) -> eval(A) + eval(B);
eval({sub, A, B}) -> eval(A) - eval(B);
eval({mul, A, B}) -> eval(A) * eval(B);
eval({dvd, A, B}) -> eval(A) div eval(B).

calc(S) ->
    try
        {Ast, []} = expr(tokens(S)),
        {ok, eval(Ast)}
    catch
        throw:Why -> {error, Why};
        error:badarith -> {error, division_by_zero};
        error:{badmatch, _} -> {error, trailing_input}
    end.

main() ->
    [io:format("~-16s => ~p~n", [S, calc(S)]) ||
        S <- ["1 + 2 * 3", "(1 + 2) * 3", "10 / 3 - -4", "2 * (3 + (4 - 1)) * 2", "7 / 0", "1 + x", "(1 + 2", "1 2"]],
    io:format("~p~n", [expr(tokens("1-2-3"))]).
