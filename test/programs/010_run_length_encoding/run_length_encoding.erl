-module(run_length_encoding).
-export([encode/1, decode/1]).

encode([]) -> [];
encode([C | Rest]) ->
    {Same, Others} = lists:splitwith(fun(X) -> X =:= C end, Rest),
    count(length(Same) + 1) ++ [C] ++ encode(Others).

count(1) -> "";
count(N) -> integer_to_list(N).

decode(S) -> decode(S, 0).

decode([], _) -> [];
decode([D | Rest], N) when D >= $0, D =< $9 -> decode(Rest, N * 10 + D - $0);
decode([C | Rest], 0) -> [C | decode(Rest, 0)];
decode([C | Rest], N) -> lists:duplicate(N, C) ++ decode(Rest, 0).
