-module(resistor_color_tests).
-include_lib("eunit/include/eunit.hrl").

black_test() -> ?assertEqual(0, resistor_color:color_code(black)).
white_test() -> ?assertEqual(9, resistor_color:color_code(white)).
orange_test() -> ?assertEqual(3, resistor_color:color_code(orange)).
colors_test() -> ?assertEqual(10, length(resistor_color:colors())).
value_test() -> ?assertEqual(15, resistor_color:value([brown, green, violet])).
label_test_() ->
    [?_assertEqual({33, ohms}, resistor_color:label([orange, orange, black])),
     ?_assertEqual({680, ohms}, resistor_color:label([blue, grey, brown])),
     ?_assertEqual({2, kiloohms}, resistor_color:label([red, black, red])),
     ?_assertEqual({51, megaohms}, resistor_color:label([green, brown, blue]))].
