-module(armstrong_numbers).
-export([is_armstrong_number/1]).

is_armstrong_number(N) ->
    Digits = [D - $0 || D <- integer_to_list(N)],
    Len = length(Digits),
    N =:= lists:sum([pow(D, Len) || D <- Digits]).

pow(_, 0) -> 1;
pow(B, E) -> B * pow(B, E - 1).
