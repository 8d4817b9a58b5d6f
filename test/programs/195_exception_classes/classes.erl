-module(classes).
-export([main/0]).

raise(Class, Reason) -> erlang:raise(Class, Reason, [{classes, fake, 0, []}]).

main() ->
    [begin
         R = try raise(C, why) catch C2:R2:S -> {C2, R2, S} end,
         io:format("~p~n", [R])
     end || C <- [error, exit, throw]],
    io:format("~p~n", [catch raise(bad_class, x)]),
    try error(with_args, [1, 2])
    catch error:with_args:St -> io:format("~p~n", [hd(St)])
    end.
