-module(largest_series_product).
-export([from_string/2]).

from_string(_, Span) when Span < 0 -> {error, "span must not be negative"};
from_string(Digits, Span) when Span > length(Digits) -> {error, "span must be smaller than string length"};
from_string(Digits, Span) ->
    case lists:all(fun(C) -> C >= $0 andalso C =< $9 end, Digits) of
        false -> {error, "digits input must only contain digits"};
        true -> lists:max([product(lists:sublist(Digits, I, Span)) || I <- lists:seq(1, length(Digits) - Span + 1)])
    end.

product(S) -> lists:foldl(fun(C, P) -> P * (C - $0) end, 1, S).
