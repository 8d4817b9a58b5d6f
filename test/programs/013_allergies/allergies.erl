-module(allergies).
-export([allergies/1, is_allergic_to/2]).

-define(ITEMS, [eggs, peanuts, shellfish, strawberries, tomatoes, chocolate, pollen, cats]).

allergies(Score) ->
    [Item || {Item, Bit} <- lists:zip(?ITEMS, lists:seq(0, 7)), Score band (1 bsl Bit) =/= 0].

is_allergic_to(Item, Score) -> lists:member(Item, allergies(Score)).
