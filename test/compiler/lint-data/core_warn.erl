-module(core_warn).
-export([f/1, bad_match/0]).

f(X) ->
    {a, X},
    X + 1,
    length(X),
    ok.

bad_match() ->
    {ok, V} = {error, nope},
    V.
