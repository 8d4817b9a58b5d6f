-module(wordsearch).
-export([main/0]).

grid() -> ["jefblpepre", "camdcimgtc", "oivokprjsm", "pbwasqroua", "rixilelhrs",
           "wolcqlirpc", "screeaumgr", "alxhpburyi", "jalaycalmp", "clojurermt"].

find(Word) ->
    G = list_to_tuple([list_to_tuple(R) || R <- grid()]),
    H = tuple_size(G), W = tuple_size(element(1, G)),
    Dirs = [{DR, DC} || DR <- [-1, 0, 1], DC <- [-1, 0, 1], {DR, DC} =/= {0, 0}],
    Hits = [{{R, C}, {R + DR * (length(Word) - 1), C + DC * (length(Word) - 1)}} ||
               R <- lists:seq(1, H), C <- lists:seq(1, W), {DR, DC} <- Dirs,
               matches(G, Word, R, C, DR, DC, H, W)],
    case Hits of [] -> not_found; [Hit | _] -> Hit end.

matches(_, [], _, _, _, _, _, _) -> true;
matches(G, [Ch | Rest], R, C, DR, DC, H, W) when R >= 1, R =< H, C >= 1, C =< W ->
    element(C, element(R, G)) =:= Ch andalso matches(G, Rest, R + DR, C + DC, DR, DC, H, W);
matches(_, _, _, _, _, _, _, _) -> false.

main() ->
    [io:format("~-12s ~p~n", [W, find(W)]) || W <- ["clojure", "elixir", "ecmascript", "rust", "java", "lua", "lisp", "ruby", "haskell"]],
    ok.
