-module(say).
-export([say/1]).

say(N) when N < 0; N > 999999999999 -> erlang:error(out_of_range);
say(0) -> "zero";
say(N) -> string:trim(chunk(N, [{1000000000, "billion"}, {1000000, "million"}, {1000, "thousand"}])).

chunk(N, []) -> below_thousand(N);
chunk(N, [{Size, Name} | Rest]) ->
    case N div Size of
        0 -> chunk(N rem Size, Rest);
        Q -> below_thousand(Q) ++ " " ++ Name ++ sep(N rem Size) ++ chunk(N rem Size, Rest)
    end.

sep(0) -> "";
sep(_) -> " ".

below_thousand(0) -> "";
below_thousand(N) when N >= 100 ->
    below_thousand(N div 100) ++ " hundred" ++ sep(N rem 100) ++ below_thousand(N rem 100);
below_thousand(N) when N >= 20, N rem 10 =:= 0 -> tens(N div 10);
below_thousand(N) when N >= 20 -> tens(N div 10) ++ "-" ++ small(N rem 10);
below_thousand(N) -> small(N).

small(N) ->
    lists:nth(N, ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
                  "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
                  "eighteen", "nineteen"]).

tens(N) -> lists:nth(N - 1, ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]).
