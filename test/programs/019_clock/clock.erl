-module(clock).
-export([create/2, to_string/1, minutes_add/2, is_equal/2]).

create(H, M) -> {clock, mod(H * 60 + M, 1440)}.

to_string({clock, T}) -> lists:flatten(io_lib:format("~2..0B:~2..0B", [T div 60, T rem 60])).

minutes_add({clock, T}, M) -> {clock, mod(T + M, 1440)}.

is_equal(A, B) -> A =:= B.

mod(X, Y) -> ((X rem Y) + Y) rem Y.
