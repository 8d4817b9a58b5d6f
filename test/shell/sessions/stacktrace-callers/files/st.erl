-module(st).
-export([a/0, b/0, c/0, d/0, e/0, f/0, g/0]).

a() ->
    X = inner(),
    {X, ok}.

inner() ->
    try deep(3) of
        V -> V
    catch
        C:E:S -> {C, E, S}
    end.

deep(0) -> erlang:error(boom, [0]);
deep(N) when N > 100 -> N;
deep(N) when N > 0 -> R = deep(N - 1), {R}.

b() ->
    Res = mid(),
    [Res].

mid() ->
    Y = catcher(),
    {Y}.

catcher() ->
    try lists:map(fun(X) -> 1 / X end, [1, 0]) of
        V -> V
    catch
        error:R:S -> {R, S}
    end.

c() ->
    R = (catch deep(2)),
    {R}.

d() -> W = wrap(fun() -> throw(t) end), {W}.
wrap(F) -> try F() catch throw:T:S -> {T, S} end.

e() -> V = level1(), {V}.
level1() -> V = level2(), {V}.
level2() -> V = level3(), {V}.
level3() -> try list_to_atom(self()) catch error:_:S -> S end.

f() -> V = g(), {V}.
g() -> try erlang:raise(throw, x, [{m, f, 1}, {m, g, [a], [{line, 3}]}]) catch throw:x:S -> S end.
