-module(timeouts).
-export([main/0]).

main() ->
    io:format("~p~n", [wait(20)]),
    Self = self(),
    spawn(fun() -> Self ! ping end),
    io:format("~p~n", [wait(1000)]),
    erlang:send_after(30, self(), tick),
    io:format("~p~n", [wait(1000)]),
    TRef = erlang:start_timer(10000, self(), never),
    Left = erlang:cancel_timer(TRef),
    io:format("cancelled: ~p~n", [is_integer(Left)]),
    {ok, _} = timer:send_after(10, self(), via_timer),
    io:format("~p~n", [wait(1000)]),
    timer:sleep(10),
    io:format("~p~n", [timer:tc(fun() -> ok end) =/= error]).

wait(T) ->
    receive Msg -> {got, Msg}
    after T -> timeout
    end.
