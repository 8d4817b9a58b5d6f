-module(change).
-export([find_fewest_coins/2]).

%% Dynamic programming over amounts 0..Target.
find_fewest_coins(Target, _) when Target < 0 -> {error, "Cannot make negative change"};
find_fewest_coins(Target, Coins) ->
    Best = lists:foldl(fun(Amount, Acc) ->
                               Options = [[C | maps:get(Amount - C, Acc)] || C <- Coins, C =< Amount,
                                                                             maps:is_key(Amount - C, Acc)],
                               case Options of
                                   [] -> Acc;
                                   _ -> Acc#{Amount => shortest(Options)}
                               end
                       end, #{0 => []}, lists:seq(1, Target)),
    case maps:find(Target, Best) of
        {ok, L} -> lists:sort(L);
        error -> {error, "Cannot make change"}
    end.

shortest(Ls) -> hd(lists:sort(fun(A, B) -> length(A) =< length(B) end, Ls)).
