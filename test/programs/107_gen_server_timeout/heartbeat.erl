-module(heartbeat).
-behaviour(gen_server).
-export([main/0]).
-export([init/1, handle_call/3, handle_cast/2, handle_info/2]).

main() ->
    {ok, Pid} = gen_server:start_link(?MODULE, self(), []),
    [receive {beat, N} -> io:format("beat ~w~n", [N]) end || _ <- lists:seq(1, 3)],
    io:format("count: ~w~n", [gen_server:call(Pid, count)]),
    io:format("~p~n", [catch gen_server:call(Pid, slow, 50)]),
    unlink(Pid),
    exit(Pid, kill).

init(Parent) -> {ok, {Parent, 0}, 10}.

handle_call(count, _From, {_, N} = S) -> {reply, N, S, 10000};
handle_call(slow, _From, S) -> timer:sleep(200), {reply, late, S}.

handle_cast(_, S) -> {noreply, S}.

handle_info(timeout, {Parent, N}) when N < 3 ->
    Parent ! {beat, N + 1},
    {noreply, {Parent, N + 1}, 10};
handle_info(timeout, S) -> {noreply, S}.
