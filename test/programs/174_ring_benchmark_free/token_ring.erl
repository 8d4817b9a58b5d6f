-module(token_ring).
-export([main/0]).

%% Processes linked in a ring each add their index to a token.
main() ->
    N = 50,
    Self = self(),
    Pids = [spawn(fun() -> node_loop(I) end) || I <- lists:seq(1, N)],
    Next = tl(Pids) ++ [Self],
    [P ! {next, Nx} || {P, Nx} <- lists:zip(Pids, Next)],
    hd(Pids) ! {token, []},
    receive {token, Trail} -> io:format("~w visits, sum ~w, first ~w, last ~w~n",
                                        [length(Trail), lists:sum(Trail), lists:last(Trail), hd(Trail)])
    end.

node_loop(I) ->
    receive {next, Next} ->
            receive {token, T} -> Next ! {token, [I | T]} end
    end.
