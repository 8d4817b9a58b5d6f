-module(records).
-export([f/0, g/1, h/1, i/1]).
-record(point, {x = 0, y = 0}).
-record(unused, {a}).

f() -> #point{x = 1, z = 2}.
g(P) -> P#point.w.
h(P) -> P#nosuch.x.
i(#point{x = X}) -> #circle{r = X}.
