-module(diamond).
-export([main/0, rows/1]).

rows(Letter) ->
    N = Letter - $A,
    Top = [row(I, N) || I <- lists:seq(0, N)],
    Top ++ tl(lists:reverse(Top)).

row(I, N) ->
    Outer = lists:duplicate(N - I, $\s),
    case I of
        0 -> Outer ++ "A" ++ Outer;
        _ -> Outer ++ [$A + I] ++ lists:duplicate(2 * I - 1, $\s) ++ [$A + I] ++ Outer
    end.

main() ->
    [begin [io:format("~s~n", [R]) || R <- rows(L)], io:format("~n") end || L <- "ACE"],
    ok.
