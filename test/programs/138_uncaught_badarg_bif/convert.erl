-module(convert).
-export([main/0, to_int/1]).

to_int(S) -> list_to_integer(S).

main() -> to_int("12a").
