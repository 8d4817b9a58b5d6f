-module(prodcons).
-export([main/0]).

%% A bounded buffer process between a producer and a consumer.
buffer(Items, Max, Waiting) ->
    receive
        {put, From, X} when length(Items) < Max -> From ! ok, serve(Items ++ [X], Max, Waiting);
        {take, From} when Items =/= [] -> [H | T] = Items, From ! {item, H}, buffer(T, Max, Waiting);
        stop -> ok
    end.

serve(Items, Max, W) -> buffer(Items, Max, W).

producer(Buf, N, Parent) ->
    [begin Buf ! {put, self(), I}, receive ok -> ok end end || I <- lists:seq(1, N)],
    Parent ! producer_done.

consumer(Buf, 0, Acc, Parent) -> Parent ! {consumed, lists:reverse(Acc)};
consumer(Buf, N, Acc, Parent) ->
    Buf ! {take, self()},
    receive {item, X} -> consumer(Buf, N - 1, [X | Acc], Parent) end.

main() ->
    Buf = spawn(fun() -> buffer([], 3, []) end),
    Self = self(),
    spawn(fun() -> producer(Buf, 12, Self) end),
    spawn(fun() -> consumer(Buf, 12, [], Self) end),
    receive producer_done -> io:format("producer done~n") end,
    receive {consumed, L} -> io:format("consumed ~w~n", [L]) end,
    Buf ! stop.
