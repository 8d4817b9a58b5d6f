-module(typed).
-export([main/0, new/1, push/2, to_list/1]).
-export_type([stack/0]).

-opaque stack() :: {stack, [term()]}.
-type reason() :: empty | {too_big, pos_integer()}.

-spec new(pos_integer()) -> stack().
new(_Max) -> {stack, []}.

-spec push(term(), stack()) -> stack().
push(X, {stack, L}) -> {stack, [X | L]}.

-spec pop(stack()) -> {ok, term(), stack()} | {error, reason()}.
pop({stack, []}) -> {error, empty};
pop({stack, [H | T]}) -> {ok, H, {stack, T}}.

-spec to_list(stack()) -> [term()].
to_list({stack, L}) -> L.

-spec main() -> ok.
main() ->
    S = push(3, push(2, push(1, new(10)))),
    io:format("~p~n", [to_list(S)]),
    {ok, Top, S2} = pop(S),
    io:format("~p ~p~n", [Top, to_list(S2)]),
    io:format("~p~n", [pop(new(1))]),
    ok.
