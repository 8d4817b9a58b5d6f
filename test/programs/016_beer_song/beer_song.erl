-module(beer_song).
-export([verse/1, sing/2]).

verse(0) ->
    "No more bottles of beer on the wall, no more bottles of beer.\n"
    "Go to the store and buy some more, 99 bottles of beer on the wall.\n";
verse(N) ->
    io_lib:format("~s of beer on the wall, ~s of beer.~n~s, ~s of beer on the wall.~n",
                  [capitalize(bottles(N)), bottles(N), action(N), bottles(N - 1)]).

sing(From, To) ->
    lists:flatten(lists:join("\n", [verse(N) || N <- lists:seq(From, To, -1)])).

bottles(0) -> "no more bottles";
bottles(1) -> "1 bottle";
bottles(N) -> integer_to_list(N) ++ " bottles".

action(1) -> "Take it down and pass it around";
action(_) -> "Take one down and pass it around".

capitalize([C | Rest]) -> [string:to_upper(C) | Rest].
