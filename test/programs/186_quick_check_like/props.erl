-module(props).
-export([main/0]).

%% Property checks over generated data, with a fixed seed so runs repeat.
check(Name, Gen, Prop, N) ->
    Fails = [X || X <- [Gen() || _ <- lists:seq(1, N)], not Prop(X)],
    case Fails of
        [] -> io:format("~s: ~w passed~n", [Name, N]);
        [F | _] -> io:format("~s: failed for ~p~n", [Name, F])
    end.

int_list() -> [rand:uniform(100) - 50 || _ <- lists:seq(1, rand:uniform(10))].

main() ->
    rand:seed(exsss, {1, 2, 3}),
    check("reverse twice", fun int_list/0, fun(L) -> lists:reverse(lists:reverse(L)) =:= L end, 200),
    check("sort idempotent", fun int_list/0, fun(L) -> lists:sort(lists:sort(L)) =:= lists:sort(L) end, 200),
    check("sort keeps length", fun int_list/0, fun(L) -> length(lists:usort(L)) =:= length(L) end, 200).
