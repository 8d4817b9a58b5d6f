-module(etl).
-export([transform/1]).

transform(Old) ->
    lists:sort([{string:to_lower(Letter), Score} || {Score, Letters} <- Old, Letter <- Letters]).
