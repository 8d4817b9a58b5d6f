-module(names).
-export([main/0]).

initials(Full) -> [hd(W) || W <- string:lexemes(Full, " ")].

main() ->
    People = ["José García", "Zoë Brontë", "Åsa Öberg", "Ada Lovelace"],
    [io:format("~ts -> ~ts (~w chars)~n", [P, initials(P), string:length(P)]) || P <- People],
    io:format("~ts~n", [lists:join(", ", lists:sort(People))]),
    io:format("~ts~n", [string:uppercase("José")]),
    io:format("~w~n", [unicode:characters_to_binary("é")]),
    io:format("~ts~n", [string:reverse("Zoë")]),
    io:format("~w~n", [[string:equal("ZOË", "zoë", true)]]).
