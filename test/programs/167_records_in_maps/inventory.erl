-module(inventory).
-export([main/0]).

-record(product, {name :: string(), price = 0 :: number(), stock = 0 :: non_neg_integer()}).

restock(Inv, Name, N) ->
    maps:update_with(Name, fun(P = #product{stock = S}) -> P#product{stock = S + N} end, Inv).

sell(Inv, Name, N) ->
    case maps:get(Name, Inv, undefined) of
        undefined -> {error, unknown_product};
        #product{stock = S} when S < N -> {error, {only, S}};
        #product{stock = S} = P -> {ok, Inv#{Name := P#product{stock = S - N}}}
    end.

main() ->
    Inv0 = #{apple => #product{name = "Apple", price = 0.5, stock = 10},
             pear => #product{name = "Pear", price = 0.75}},
    Inv1 = restock(Inv0, pear, 5),
    {ok, Inv2} = sell(Inv1, apple, 4),
    io:format("~p~n", [sell(Inv2, pear, 6)]),
    io:format("~p~n", [sell(Inv2, kiwi, 1)]),
    [io:format("~-6s ~5.2f x ~w~n", [N, P, S]) || #product{name = N, price = P, stock = S} <- maps:values(Inv2)],
    Value = lists:sum([P * S || #product{price = P, stock = S} <- maps:values(Inv2)]),
    io:format("stock value ~.2f~n", [Value]),
    io:format("~p~n", [maps:get(apple, Inv2)]).
