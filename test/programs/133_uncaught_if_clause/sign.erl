-module(sign).
-export([main/0, sign/1]).

sign(X) ->
    if
        X > 0 -> positive;
        X < 0 -> negative
    end.

main() -> sign(0).
