-module(imports).
-export([f/1]).
-import(lists, [reverse/1]).
-import(lists, [reverse/1]).

f(X) -> reverse(X).
