-module(kvstore).
-export([new/0, put/3, get/2, delete/2, size/1]).

new() -> gb_trees:empty().
put(K, V, T) -> gb_trees:enter(K, V, T).
get(K, T) -> case gb_trees:lookup(K, T) of {value, V} -> {ok, V}; none -> error end.
delete(K, T) -> gb_trees:delete_any(K, T).
size(T) -> gb_trees:size(T).
