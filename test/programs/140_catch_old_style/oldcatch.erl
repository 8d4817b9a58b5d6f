-module(oldcatch).
-export([main/0, risky/1]).

risky(1) -> ok;
risky(2) -> throw(problem);
risky(3) -> exit(gone);
risky(4) -> erlang:error(broken);
risky(5) -> 1 div zero().

zero() -> 0.

main() ->
    [case catch risky(N) of
         {'EXIT', {Reason, Stack}} when is_list(Stack) ->
             io:format("~w: error ~p at ~p~n", [N, Reason, [{M, F} || {M, F, _, _} <- Stack, M =:= oldcatch]]);
         {'EXIT', Reason} -> io:format("~w: exit ~p~n", [N, Reason]);
         Other -> io:format("~w: ~p~n", [N, Other])
     end || N <- lists:seq(1, 5)],
    ok.
