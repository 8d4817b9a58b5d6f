-module(secret_handshake_tests).
-include_lib("eunit/include/eunit.hrl").

wink_test() -> ?assertEqual(["wink"], secret_handshake:commands(1)).
blink_test() -> ?assertEqual(["double blink"], secret_handshake:commands(2)).
two_test() -> ?assertEqual(["wink", "double blink"], secret_handshake:commands(3)).
reverse_test() -> ?assertEqual(["double blink", "wink"], secret_handshake:commands(19)).
all_test() -> ?assertEqual(["jump", "close your eyes", "double blink", "wink"], secret_handshake:commands(31)).
none_test() -> ?assertEqual([], secret_handshake:commands(0)).
