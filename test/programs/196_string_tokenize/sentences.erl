-module(sentences).
-export([main/0]).

main() ->
    Text = "Erlang was designed at Ericsson. It is used in telecoms! Is it fun? Yes.",
    Sentences = [string:trim(S) || S <- re:split(Text, "(?<=[.!?])\\s+", [{return, list}])],
    [io:format("~w: ~s~n", [I, S]) || {I, S} <- lists:zip(lists:seq(1, length(Sentences)), Sentences)],
    Words = re:split(Text, "[^A-Za-z]+", [{return, list}, trim]),
    io:format("~w words~n", [length(Words)]),
    io:format("~p~n", [lists:sublist(lists:sort(fun(A, B) -> length(A) >= length(B) end, Words), 3)]),
    io:format("~p~n", [re:run(Text, "[A-Z][a-z]+", [global, {capture, all, list}])]),
    io:format("~p~n", [re:replace("a-b_c d", "[-_ ]", "", [global, {return, list}])]),
    io:format("~p~n", [re:run("2024-05-17", "(\\d+)-(\\d+)-(\\d+)", [{capture, all_but_first, list}])]).
