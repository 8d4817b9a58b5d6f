-module(caesar).
-export([main/0]).

shift(C, N) when C >= $a, C =< $z -> $a + (C - $a + N + 26) rem 26;
shift(C, N) when C >= $A, C =< $Z -> $A + (C - $A + N + 26) rem 26;
shift(C, _) -> C.

encode(S, N) -> [shift(C, N) || C <- S].

%% Breaks the cipher by trying every key and scoring common letters.
crack(S) ->
    Scored = [{score(encode(S, -K)), K} || K <- lists:seq(0, 25)],
    {_, Best} = lists:max(Scored),
    Best.

score(S) -> length([C || C <- string:to_lower(S), lists:member(C, "etaoin")]).

main() ->
    Plain = "Meet me at the usual place at ten rather than eight o'clock",
    Secret = encode(Plain, 7),
    io:format("~s~n~s~n", [Secret, encode(Secret, -7)]),
    K = crack(Secret),
    io:format("cracked key ~w: ~s~n", [K, encode(Secret, -K)]).
