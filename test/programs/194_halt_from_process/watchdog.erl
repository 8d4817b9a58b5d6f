-module(watchdog).
-export([main/0]).

%% A worker that halts the whole node with a status when it finds trouble.
main() ->
    Self = self(),
    spawn(fun() ->
                  Results = [check(X) || X <- [ok, ok, broken, ok]],
                  Self ! {results, Results}
          end),
    receive {results, R} ->
            io:format("~p~n", [R]),
            case lists:member(failed, R) of
                true -> io:format("failure detected~n"), erlang:halt(2);
                false -> ok
            end
    end.

check(ok) -> passed;
check(_) -> failed.
