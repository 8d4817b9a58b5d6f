-module(validate).
-export([main/0, check_age/1]).

check_age(A) when is_integer(A), A >= 0 -> A;
check_age(A) -> erlang:error({invalid_age, A}).

main() -> check_age(-3).
