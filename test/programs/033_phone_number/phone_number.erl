-module(phone_number).
-export([number/1, areacode/1, pretty_print/1]).

number(S) ->
    case [C || C <- S, C >= $0, C =< $9] of
        [$1 | [_, _, _, _, _, _, _, _, _, _] = D] -> check(D);
        [_, _, _, _, _, _, _, _, _, _] = D -> check(D);
        _ -> "0000000000"
    end.

check([A, _, _, E | _] = D) when A >= $2, E >= $2 -> D;
check(_) -> "0000000000".

areacode(S) -> lists:sublist(number(S), 3).

pretty_print(S) ->
    N = number(S),
    "(" ++ lists:sublist(N, 3) ++ ") " ++ lists:sublist(N, 4, 3) ++ "-" ++ lists:nthtail(6, N).
