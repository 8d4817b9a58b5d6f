-module(kvs).
-export([get/1]).

get(K) -> {ok, K}.
