-module(high_scores).
-export([new/0, add_player/3, add_player/2, remove_player/2, reset_score/2, update_score/3, main/0]).

new() -> #{}.

add_player(Scores, Name) -> add_player(Scores, Name, 0).
add_player(Scores, Name, Score) -> Scores#{Name => Score}.

remove_player(Scores, Name) -> maps:remove(Name, Scores).

reset_score(Scores, Name) -> Scores#{Name := 0}.

update_score(Scores, Name, Delta) -> maps:update_with(Name, fun(S) -> S + Delta end, Delta, Scores).

main() ->
    S1 = add_player(add_player(add_player(new(), "Amil Pastorius", 99373), "Min-seo Shin"), "Jesse Johnson", 1337),
    io:format("~p~n", [lists:sort(maps:to_list(S1))]),
    S2 = update_score(update_score(S1, "Min-seo Shin", 1999), "Paul Jones", 5),
    io:format("~p~n", [lists:sort(maps:to_list(S2))]),
    S3 = reset_score(remove_player(S2, "Amil Pastorius"), "Jesse Johnson"),
    io:format("~p~n", [S3]),
    Top = lists:sublist(lists:reverse(lists:keysort(2, maps:to_list(S2))), 3),
    io:format("top three: ~p~n", [Top]),
    try reset_score(S3, "Nobody") of
        _ -> io:format("no error?~n")
    catch
        error:{badkey, K} -> io:format("badkey ~p~n", [K])
    end.
