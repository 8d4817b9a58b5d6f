-module(digits).
-export([main/0]).

%% Seven-segment digits drawn in text, and read back.
font() ->
    [" _     _  _     _  _  _  _  _ ",
     "| |  | _| _||_||_ |_   ||_||_|",
     "|_|  ||_  _|  | _||_|  ||_| _|"].

glyph(D) -> [lists:sublist(Row, D * 3 + 1, 3) || Row <- font()].

draw(Number) ->
    Ds = [C - $0 || C <- integer_to_list(Number)],
    [lists:append([lists:nth(R, glyph(D)) || D <- Ds]) || R <- [1, 2, 3]].

read(Rows) ->
    Width = length(hd(Rows)) div 3,
    Cells = [[lists:sublist(Row, I * 3 + 1, 3) || Row <- Rows] || I <- lists:seq(0, Width - 1)],
    [case [D || D <- lists:seq(0, 9), glyph(D) =:= Cell] of [D] -> $0 + D; [] -> $? end || Cell <- Cells].

main() ->
    Rows = draw(4096),
    [io:format("~s~n", [R]) || R <- Rows],
    io:format("read back: ~s~n", [read(Rows)]),
    Broken = [" _  _ ", "|_| _|", "  | _|"],
    io:format("read back: ~s~n", [read(Broken)]).
