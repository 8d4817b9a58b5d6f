-module(house).
-export([main/0]).

parts() ->
    [{"house that Jack built.", ""}, {"malt", "lay in"}, {"rat", "ate"}, {"cat", "killed"},
     {"dog", "worried"}, {"cow with the crumpled horn", "tossed"}].

verse(N) ->
    [{Subject, _} | _] = Ps = lists:reverse(lists:sublist(parts(), N)),
    Chain = chain(Ps),
    "This is the " ++ Subject ++ Chain.

chain([{"house that Jack built.", _}]) -> "";
chain([{_, Verb}, {Next, _} = P | Rest]) -> "\nthat " ++ Verb ++ " the " ++ Next ++ chain([P | Rest]).

main() -> [io:format("~s~n~n", [verse(N)]) || N <- [1, 2, 6]], ok.
