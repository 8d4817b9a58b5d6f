-module(raindrops).
-export([convert/1]).

convert(N) ->
    Sounds = [S || {F, S} <- [{3, "Pling"}, {5, "Plang"}, {7, "Plong"}], N rem F =:= 0],
    case Sounds of
        [] -> integer_to_list(N);
        _ -> lists:append(Sounds)
    end.
