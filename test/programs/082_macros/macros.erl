-module(macros).
-export([main/0]).

-define(PI, 3.14159).
-define(SQUARE(X), ((X) * (X))).
-define(MAX(A, B), if A > B -> A; true -> B end).
-define(SHOW(Expr), io:format("~s = ~p~n", [??Expr, Expr])).
-define(DEBUG, true).

-ifdef(DEBUG).
-define(LOG(Fmt, Args), io:format("[debug ~w:~w] " ++ Fmt ++ "~n", [?MODULE, ?LINE | Args])).
-else.
-define(LOG(Fmt, Args), ok).
-endif.

-ifndef(LIMIT).
-define(LIMIT, 10).
-endif.

-undef(DEBUG).
-ifdef(DEBUG).
-define(NEVER, "should not be defined").
-endif.

main() ->
    ?SHOW(?PI * ?SQUARE(2)),
    ?SHOW(?SQUARE(1 + 2)),
    ?SHOW(?MAX(3, 7)),
    ?LOG("limit is ~w", [?LIMIT]),
    ?SHOW(?MODULE),
    ?SHOW(?MODULE_STRING),
    ?SHOW(?FILE),
    ?SHOW(?FUNCTION_NAME),
    ?SHOW(?FUNCTION_ARITY),
    ?SHOW(lists:seq(1, ?LIMIT)),
    io:format("line ~w~n", [?LINE]),
    io:format("~p~n", [defined_never()]).

-ifdef(NEVER).
defined_never() -> ?NEVER.
-else.
defined_never() -> not_defined.
-endif.
