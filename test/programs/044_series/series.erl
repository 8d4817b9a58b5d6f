-module(series).
-export([from_string/2, largest_product/2]).

from_string(Width, S) when Width > length(S); Width < 0 -> erlang:error(badarg);
from_string(Width, S) -> [lists:sublist(S, I, Width) || I <- lists:seq(1, length(S) - Width + 1)].

largest_product(Digits, Span) ->
    lists:max([lists:foldl(fun(D, P) -> P * (D - $0) end, 1, W) || W <- from_string(Span, Digits)]).
