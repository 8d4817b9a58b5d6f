-module(dyn_sup).
-behaviour(supervisor).
-export([main/0, init/1, start_worker/1, worker/1]).

main() ->
    {ok, Sup} = supervisor:start_link(?MODULE, []),
    Ws = [begin {ok, P} = supervisor:start_child(Sup, [N]), P end || N <- [a, b, c]],
    io:format("~w children~n", [length(supervisor:which_children(Sup))]),
    [W ! {self(), name} || W <- Ws],
    io:format("~p~n", [[receive {name, N} -> N end || _ <- Ws]]),
    ok = supervisor:terminate_child(Sup, hd(Ws)),
    io:format("~p~n", [supervisor:count_children(Sup)]),
    unlink(Sup),
    exit(Sup, shutdown),
    timer:sleep(20),
    io:format("workers alive: ~p~n", [[is_process_alive(W) || W <- Ws]]).

init([]) ->
    {ok, {#{strategy => simple_one_for_one},
          [#{id => worker, start => {?MODULE, start_worker, []}, restart => temporary}]}}.

start_worker(Name) -> {ok, spawn_link(?MODULE, worker, [Name])}.

worker(Name) ->
    receive {From, name} -> From ! {name, Name}, worker(Name) end.
