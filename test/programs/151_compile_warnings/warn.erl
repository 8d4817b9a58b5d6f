-module(warn).
-compile(export_all).

%% A learner's first module: it works, but the compiler has opinions.
main() ->
    X = 10,
    Unused = 5,
    F = fun(X) -> X * 2 end,
    io:format("~w~n", [F(3) + X]).

helper(A, B) -> A.

old_style(L) when list(L) -> ok.
