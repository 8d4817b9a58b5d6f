-module(eofnodot).
f() ->
    case x of
        _ -> ok
    end
