-module(allergies_tests).
-include_lib("eunit/include/eunit.hrl").

none_test() -> ?assertEqual([], allergies:allergies(0)).
eggs_test() -> ?assert(allergies:is_allergic_to(eggs, 1)).
not_eggs_test() -> ?assertNot(allergies:is_allergic_to(eggs, 2)).
several_test() -> ?assertEqual([eggs, peanuts, chocolate], allergies:allergies(35)).
all_test() -> ?assertEqual(8, length(allergies:allergies(255))).
ignore_high_bits_test() -> ?assertEqual([eggs, shellfish, strawberries, tomatoes, chocolate, pollen, cats],
                                        allergies:allergies(509)).
