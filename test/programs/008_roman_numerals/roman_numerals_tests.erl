-module(roman_numerals_tests).
-include_lib("eunit/include/eunit.hrl").

cases() ->
    [{1, "I"}, {2, "II"}, {3, "III"}, {4, "IV"}, {5, "V"}, {6, "VI"}, {9, "IX"},
     {27, "XXVII"}, {48, "XLVIII"}, {49, "XLIX"}, {59, "LIX"}, {93, "XCIII"},
     {141, "CXLI"}, {163, "CLXIII"}, {402, "CDII"}, {575, "DLXXV"}, {911, "CMXI"},
     {1024, "MXXIV"}, {3000, "MMM"}, {3999, "MMMCMXCIX"}].

roman_test_() ->
    [?_assertEqual(R, roman_numerals:roman(N)) || {N, R} <- cases()].
