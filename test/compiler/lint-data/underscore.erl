-module(underscore).
-export([f/2, g/1]).

f(_A, _A) -> ok.

g(_B) ->
    _B = 3.
