-module(sort_equal_terms).
-export([main/0]).

%% Where lists:sort/1 puts terms that compare equal but are not identical
%% (1 and 1.0): OTP's merge sort is not stable, and the order it leaves them in
%% is observable. sort/2, keysort and usort are also checked.
main() ->
    io:format("~w~n", [lists:sort([1.0, 1])]),
    io:format("~w~n", [lists:sort([1, 1.0])]),
    io:format("~w~n", [lists:sort([3, 1.0, 2, 1])]),
    io:format("~w~n", [lists:sort([1.0, 1, 1.0, 1, 2.0, 2])]),
    io:format("~w~n", [lists:sort([2, 2.0, 1, 1.0, 3, 3.0, 0, 0.0])]),
    io:format("~w~n", [lists:sort([{1}, {1.0}, {0}, {1}, {1.0}])]),
    io:format("~w~n", [lists:sort(fun(A, B) -> A =< B end, [1.0, 1, 2, 2.0, 1])]),
    io:format("~w~n", [lists:keysort(1, [{1, a}, {1.0, b}, {0, c}, {1, d}])]),
    io:format("~w~n", [lists:usort([1, 1.0, 2.0, 2])]),
    io:format("~w~n", [lists:usort([1.0, 1, 2, 2.0])]),
    io:format("~w~n", [lists:merge([1, 2.0], [1.0, 2])]),
    ok.
