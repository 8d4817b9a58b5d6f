-module(wrap).
-export([main/0]).

%% Greedy word wrap.
wrap(Text, Width) ->
    Words = string:lexemes(Text, " \n"),
    lists:reverse([lists:flatten(lists:join(" ", lists:reverse(L))) || L <- lines(Words, Width, [], 0, [])]).

lines([], _, Cur, _, Acc) -> [Cur | Acc];
lines([W | Ws], Width, [], _, Acc) -> lines(Ws, Width, [W], length(W), Acc);
lines([W | Ws], Width, Cur, Len, Acc) when Len + 1 + length(W) =< Width -> lines(Ws, Width, [W | Cur], Len + 1 + length(W), Acc);
lines(Ws, Width, Cur, _, Acc) -> lines(Ws, Width, [], 0, [Cur | Acc]).

main() ->
    Text = "Erlang is a programming language used to build massively scalable soft real-time systems "
           "with requirements on high availability.",
    [io:format("|~-30s|~n", [L]) || L <- wrap(Text, 30)],
    io:format("~n"),
    [io:format("|~s|~n", [string:pad(L, 20, both)]) || L <- wrap(Text, 20)],
    ok.
