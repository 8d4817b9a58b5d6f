-module(resistor_color).
-export([colors/0, color_code/1, value/1, label/1]).

colors() -> [black, brown, red, orange, yellow, green, blue, violet, grey, white].

color_code(Color) -> index(Color, colors(), 0).

index(C, [C | _], I) -> I;
index(C, [_ | T], I) -> index(C, T, I + 1).

value([A, B | _]) -> color_code(A) * 10 + color_code(B).

label([A, B, C | _]) ->
    Ohms = value([A, B]) * trunc(math:pow(10, color_code(C))),
    if Ohms >= 1000000000 -> {Ohms div 1000000000, gigaohms};
       Ohms >= 1000000 -> {Ohms div 1000000, megaohms};
       Ohms >= 1000 -> {Ohms div 1000, kiloohms};
       true -> {Ohms, ohms}
    end.
