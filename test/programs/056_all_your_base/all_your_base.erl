-module(all_your_base).
-export([rebase/3]).

rebase(_, InBase, _) when InBase < 2 -> {error, "input base must be >= 2"};
rebase(_, _, OutBase) when OutBase < 2 -> {error, "output base must be >= 2"};
rebase(Digits, InBase, OutBase) ->
    case lists:all(fun(D) -> D >= 0 andalso D < InBase end, Digits) of
        false -> {error, "all digits must satisfy 0 <= d < input base"};
        true ->
            N = lists:foldl(fun(D, Acc) -> Acc * InBase + D end, 0, Digits),
            {ok, to_digits(N, OutBase, [])}
    end.

to_digits(0, _, []) -> [0];
to_digits(0, _, Acc) -> Acc;
to_digits(N, B, Acc) -> to_digits(N div B, B, [N rem B | Acc]).
