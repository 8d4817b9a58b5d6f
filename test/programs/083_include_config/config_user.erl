-module(config_user).
-include("config.hrl").
-export([main/0]).

-spec total([item()]) -> float().
total(Items) -> lists:sum([Q * P || #item{qty = Q, price = P} <- Items]).

main() ->
    {Ma, Mi, Pa} = ?VERSION,
    io:format("~s v~w.~w.~w (timeout ~w ms)~n", [?APP_NAME, Ma, Mi, Pa, ?DEFAULT_TIMEOUT]),
    Items = [#item{sku = 1, name = "bolt", qty = 100, price = 0.25},
             #item{sku = 2, name = "nut", qty = 250, price = 0.1},
             #item{sku = 3, name = "gear"}],
    io:format("total value: ~.2f~n", [total(Items)]),
    io:format("out of stock: ~p~n", [[N || #item{name = N, qty = 0} <- Items]]),
    io:format("~p~n", [lists:keyfind(2, #item.sku, Items)]).
