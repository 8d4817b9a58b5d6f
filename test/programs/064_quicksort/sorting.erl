-module(sorting).
-export([main/0, qsort/1, msort/1, isort/1]).

qsort([]) -> [];
qsort([P | T]) -> qsort([X || X <- T, X < P]) ++ [P] ++ qsort([X || X <- T, X >= P]).

msort([]) -> [];
msort([X]) -> [X];
msort(L) ->
    {A, B} = lists:split(length(L) div 2, L),
    merge(msort(A), msort(B)).

merge([], B) -> B;
merge(A, []) -> A;
merge([X | A], [Y | _] = B) when X =< Y -> [X | merge(A, B)];
merge(A, [Y | B]) -> [Y | merge(A, B)].

isort(L) -> lists:foldl(fun insert/2, [], L).

insert(X, []) -> [X];
insert(X, [H | _] = L) when X =< H -> [X | L];
insert(X, [H | T]) -> [H | insert(X, T)].

main() ->
    Data = [27, 3, 99, -4, 0, 15, 3, 42, 8, 1000, -77, 6],
    io:format("qsort: ~w~n", [qsort(Data)]),
    io:format("msort: ~w~n", [msort(Data)]),
    io:format("isort: ~w~n", [isort(Data)]),
    Words = ["pear", "apple", "fig", "banana", "cherry"],
    io:format("words: ~p~n", [qsort(Words)]),
    Mixed = [{b, 2}, 3.0, atom, "str", <<"bin">>, 1, [], {a}],
    io:format("term order: ~p~n", [msort(Mixed)]),
    io:format("all agree: ~w~n", [qsort(Data) =:= lists:sort(Data) andalso msort(Data) =:= isort(Data)]).
