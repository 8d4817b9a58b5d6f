-module(queen_attack_tests).
-include_lib("eunit/include/eunit.hrl").

no_attack_test() -> ?assertNot(queen_attack:can_attack({2, 4}, {6, 6})).
same_row_test() -> ?assert(queen_attack:can_attack({2, 4}, {2, 6})).
same_column_test() -> ?assert(queen_attack:can_attack({4, 5}, {2, 5})).
diagonal_test() -> ?assert(queen_attack:can_attack({2, 2}, {0, 4})).
other_diagonal_test() -> ?assert(queen_attack:can_attack({1, 7}, {0, 6})).
board_test() ->
    ?assertEqual("________\n________\n___W____\n________\n________\n______B_\n________\n________\n",
                 queen_attack:board({2, 3}, {5, 6})).
