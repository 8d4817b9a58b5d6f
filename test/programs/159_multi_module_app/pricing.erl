-module(pricing).
-include("shop.hrl").
-export([subtotal/1, total/1]).

subtotal(#order{lines = Ls}) -> lists:sum([Q * P || #line{qty = Q, unit_price = P} <- Ls]).

total(O) -> round_cents(subtotal(O) * (1 + ?TAX_RATE)).

round_cents(X) -> round(X * 100) / 100.
