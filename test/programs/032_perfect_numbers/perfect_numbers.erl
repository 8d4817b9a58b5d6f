-module(perfect_numbers).
-export([classify/1]).

classify(N) when not is_integer(N); N < 1 -> {error, "Classification is only possible for natural numbers."};
classify(N) ->
    Sum = lists:sum([D || D <- lists:seq(1, N div 2), N rem D =:= 0]),
    if Sum =:= N -> perfect;
       Sum > N -> abundant;
       true -> deficient
    end.
