-module(stack).
-export([new/0, push/2, pop/1, peek/1, size/1, is_empty/1]).

new() -> [].
push(S, X) -> [X | S].
pop([]) -> erlang:error(empty_stack);
pop([X | S]) -> {X, S}.
peek([]) -> none;
peek([X | _]) -> {ok, X}.
size(S) -> length(S).
is_empty(S) -> S =:= [].
