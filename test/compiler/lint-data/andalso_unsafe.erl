-module(andalso_unsafe).
-export([f/1]).

f(X) ->
    _ = is_atom(X) andalso (Y = true),
    Y.
