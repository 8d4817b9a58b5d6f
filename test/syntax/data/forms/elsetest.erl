-module(elsetest).
-else.
-endif.
-ifdef(A).
-else.
-else.
-endif.
-elif(true).
f() -> ?FUNCTION_NAME.
-define(F, ?FUNCTION_NAME).
g(A, {B, C}, [D]) -> {?F, ?FUNCTION_ARITY}.
-define(X(A), A).
h() -> ?X.
i() -> ?X(1, 2).
-define(C, ?C).
j() -> ?C.
