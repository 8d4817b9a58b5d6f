-module(orders).
-include("shop.hrl").
-export([new/1, add_line/4, ship/1]).

new(Id) -> #order{id = Id}.

add_line(#order{status = new, lines = Ls} = O, Sku, Qty, Price) ->
    O#order{lines = Ls ++ [#line{sku = Sku, qty = Qty, unit_price = Price}]};
add_line(#order{status = S}, _, _, _) -> {error, {order_is, S}}.

ship(#order{lines = []}) -> {error, empty_order};
ship(O) -> O#order{status = shipped}.
