-module(shop).
-include("shop.hrl").
-export([main/0]).

main() ->
    O1 = orders:add_line(orders:add_line(orders:new(1), "pen", 3, 1.5), "book", 1, 12.0),
    io:format("subtotal ~p, total ~p~n", [pricing:subtotal(O1), pricing:total(O1)]),
    O2 = orders:ship(O1),
    io:format("~p~n", [O2#order.status]),
    io:format("~p~n", [orders:add_line(O2, "cup", 1, 4.0)]),
    io:format("~p~n", [orders:ship(orders:new(2))]),
    io:format("~p~n", [O2]).
