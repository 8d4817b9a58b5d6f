-module(transpose).
-export([transpose/1, main/0]).

%% Rows of unequal length: pad on the left only where a later row is longer.
transpose([]) -> [];
transpose(Lines) ->
    Width = lists:max([length(L) || L <- Lines]),
    [column(Lines, I) || I <- lists:seq(1, Width)].

column(Lines, I) ->
    Chars = [char_at(L, I) || L <- Lines],
    lists:reverse(lists:dropwhile(fun(C) -> C =:= pad end, lists:reverse(Chars))).

char_at(L, I) when I =< length(L) -> lists:nth(I, L);
char_at(_, _) -> pad.

main() ->
    Show = fun(Rows) ->
                   [io:format("~p~n", [[case C of pad -> $\s; _ -> C end || C <- R]]) || R <- transpose(Rows)],
                   io:format("--~n")
           end,
    Show(["ABC", "123"]),
    Show(["AB", "DEF"]),
    Show(["The longest line.", "A long line.", "A longer line.", "A line."]),
    Show([]).
