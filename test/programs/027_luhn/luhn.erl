-module(luhn).
-export([valid/1, create/1]).

valid(Number) ->
    S = [C || C <- Number, C =/= $\s],
    length(S) > 1 andalso lists:all(fun(C) -> C >= $0 andalso C =< $9 end, S)
        andalso checksum([C - $0 || C <- S]) rem 10 =:= 0.

create(Number) ->
    Sum = checksum([C - $0 || C <- Number ++ "0"]),
    Number ++ [$0 + (10 - Sum rem 10) rem 10].

checksum(Digits) ->
    {Sum, _} = lists:foldr(fun(D, {Acc, Double}) ->
                                   V = case Double of
                                           true when D * 2 > 9 -> D * 2 - 9;
                                           true -> D * 2;
                                           false -> D
                                       end,
                                   {Acc + V, not Double}
                           end, {0, false}, Digits),
    Sum.
