-module(folding).
-export([main/0]).
-include_lib("eunit/include/eunit.hrl").

-define(BIGGER(A, B), if A > B -> A; true -> B end).

%% Code on constants that the compiler evaluates and finds will fail, or
%% clauses it finds can never be chosen: erlc warns about them.

first(T) -> element(1, T).

bad(1) -> element(3, {a, b});
bad(2) -> atom_to_list("name");
bad(3) -> [a | b] ++ [c];
bad(4) -> 10 div 0;
bad(5) -> - hello;
bad(6) -> first({ok}).

limit(X) when 10 < 2 -> X;
limit(X) -> X.

main() ->
    io:format("~p~n", [?BIGGER(2, 9)]),
    Expected = 4,
    case 2 + 2 of
        Expected -> io:format("four~n");
        _ -> io:format("not four~n")
    end,
    ?assertNotEqual(yes, no),
    io:format("~p~n", [limit(3)]),
    [io:format("~p: ~p~n", [N, catch bad(N)]) || N <- lists:seq(1, 6)],
    ok.
