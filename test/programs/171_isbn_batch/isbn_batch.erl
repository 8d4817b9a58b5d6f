-module(isbn_batch).
-export([main/0]).

check(Isbn) ->
    Ds = [D || D <- Isbn, D =/= $-],
    case Ds of
        [_, _, _, _, _, _, _, _, _, _] ->
            Vals = [case C of $X -> 10; _ -> C - $0 end || C <- Ds],
            Sum = lists:sum([V * W || {V, W} <- lists:zip(Vals, lists:seq(10, 1, -1))]),
            case Sum rem 11 of 0 -> valid; _ -> invalid end;
        _ -> bad_length
    end.

main() ->
    [io:format("~-15s ~p~n", [I, check(I)]) || I <- ["3-598-21508-8", "3-598-21508-9", "3-598-21507-X", "359821507"]],
    ok.
