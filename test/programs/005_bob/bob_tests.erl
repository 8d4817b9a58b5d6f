-module(bob_tests).
-include_lib("eunit/include/eunit.hrl").

-define(R(Expected, Input), ?assertEqual(Expected, bob:response(Input))).

stating_test() -> ?R("Whatever.", "Tom-ay-to, tom-aaaah-to.").
shouting_test() -> ?R("Whoa, chill out!", "WATCH OUT!").
gibberish_test() -> ?R("Whoa, chill out!", "FCECDFCAAB").
asking_test() -> ?R("Sure.", "Does this cryogenic chamber make me look fat?").
numeric_question_test() -> ?R("Sure.", "You are, what, like 15?").
forceful_question_test() -> ?R("Calm down, I know what I'm doing!", "WHAT'S GOING ON?").
numbers_test() -> ?R("Whatever.", "1, 2, 3").
silence_test() -> ?R("Fine. Be that way!", "").
prolonged_silence_test() -> ?R("Fine. Be that way!", "          ").
trailing_space_test() -> ?R("Sure.", "Okay if like my  spacebar  quite a bit?   ").
