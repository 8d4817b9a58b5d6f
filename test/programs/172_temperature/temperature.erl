-module(temperature).
-export([main/0, convert/1]).

%% From the Erlang Getting Started guide: converting a list of cities.
convert({C, {f, F}}) -> {C, {c, (F - 32) * 5 / 9}};
convert({C, {c, _}} = T) -> T.

main() ->
    Cities = [{moscow, {c, -10}}, {cape_town, {f, 70}}, {stockholm, {c, -4}},
              {paris, {f, 28}}, {london, {f, 36}}],
    Converted = lists:map(fun convert/1, Cities),
    [io:format("~-15w ~w c~n", [N, T]) || {N, {c, T}} <- Converted],
    {MaxCity, {c, Max}} = lists:foldl(fun({_, {c, T}} = C, {_, {c, M}}) when T > M -> C; (_, Acc) -> Acc end,
                                      hd(Converted), Converted),
    {MinCity, {c, Min}} = hd(lists:sort(fun({_, {c, A}}, {_, {c, B}}) -> A =< B end, Converted)),
    io:format("Max temperature was ~w c in ~w~n", [Max, MaxCity]),
    io:format("Min temperature was ~w c in ~w~n", [Min, MinCity]).
