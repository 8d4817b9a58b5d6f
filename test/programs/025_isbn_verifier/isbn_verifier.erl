-module(isbn_verifier).
-export([is_valid/1]).

is_valid(Isbn) ->
    Chars = [C || C <- Isbn, C =/= $-],
    case length(Chars) =:= 10 andalso values(Chars, 10, []) of
        false -> false;
        error -> false;
        Values -> lists:sum(Values) rem 11 =:= 0
    end.

values([], _, Acc) -> Acc;
values([$X], 1, Acc) -> [10 | Acc];
values([C | T], W, Acc) when C >= $0, C =< $9 -> values(T, W - 1, [(C - $0) * W | Acc]);
values(_, _, _) -> error.
