-module(resource).
-export([main/0]).

with_resource(Name, Fun) ->
    io:format("open ~s~n", [Name]),
    try Fun(Name)
    after
        io:format("close ~s~n", [Name])
    end.

main() ->
    io:format("~p~n", [with_resource("a", fun(N) -> {used, N} end)]),
    io:format("~p~n", [catch with_resource("b", fun(_) -> throw(failed) end)]),
    R = try with_resource("c", fun(_) -> error(oops) end)
        catch error:oops -> recovered
        end,
    io:format("~p~n", [R]),
    io:format("~p~n", [try with_resource("d", fun(_) -> exit(bye) end) catch exit:Why -> {exited, Why} end]),
    Nested = with_resource("outer", fun(_) -> with_resource("inner", fun(_) -> done end) end),
    io:format("~p~n", [Nested]).
