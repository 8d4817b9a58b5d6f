-module(triangle_tests).
-include_lib("eunit/include/eunit.hrl").

equilateral_test() -> ?assertEqual(equilateral, triangle:kind(2, 2, 2)).
equilateral_float_test() -> ?assertEqual(equilateral, triangle:kind(0.5, 0.5, 0.5)).
isosceles_test() -> ?assertEqual(isosceles, triangle:kind(3, 4, 4)).
isosceles_first_test() -> ?assertEqual(isosceles, triangle:kind(4, 4, 3)).
scalene_test() -> ?assertEqual(scalene, triangle:kind(5, 4, 6)).
zero_test() -> ?assertMatch({error, "all side lengths must be positive"}, triangle:kind(0, 0, 0)).
inequality_test() -> ?assertMatch({error, _}, triangle:kind(1, 1, 3)).
