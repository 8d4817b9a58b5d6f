-module(roman_numerals).
-export([roman/1]).

-define(TABLE, [{1000, "M"}, {900, "CM"}, {500, "D"}, {400, "CD"}, {100, "C"},
                {90, "XC"}, {50, "L"}, {40, "XL"}, {10, "X"}, {9, "IX"},
                {5, "V"}, {4, "IV"}, {1, "I"}]).

roman(N) -> roman(N, ?TABLE).

roman(0, _) -> "";
roman(N, [{V, S} | _] = T) when N >= V -> S ++ roman(N - V, T);
roman(N, [_ | T]) -> roman(N, T).
