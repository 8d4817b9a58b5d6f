-module(process_dictionary).
-export([main/0]).

%% The process dictionary: put/get/erase, get/0, get_keys, per process.
main() ->
    io:format("~p~n", [get(missing)]),
    io:format("~p~n", [put(k, 1)]),
    io:format("~p~n", [put(k, 2)]),
    io:format("~p~n", [get(k)]),
    put({tuple, key}, "value"),
    put(42, [list]),
    io:format("~p~n", [lists:sort(get())]),
    io:format("~p~n", [lists:sort(get_keys())]),
    io:format("~p~n", [get_keys("value")]),
    io:format("~p~n", [erase(k)]),
    io:format("~p~n", [erase(k)]),
    io:format("~p~n", [get(k)]),
    %% each process has its own dictionary
    put(shared, main),
    Self = self(),
    spawn(fun() -> Self ! {child_sees, get(shared)}, put(shared, child), Self ! {child_after, get(shared)} end),
    receive {child_sees, V1} -> io:format("~p~n", [V1]) end,
    receive {child_after, V2} -> io:format("~p~n", [V2]) end,
    io:format("~p~n", [get(shared)]),
    %% counter in the dictionary
    put(count, 0),
    [put(count, get(count) + 1) || _ <- lists:seq(1, 1000)],
    io:format("~p~n", [get(count)]),
    %% erase/0 returns all and clears
    All = erase(),
    io:format("~p~n", [lists:sort(All)]),
    io:format("~p~n", [get()]),
    %% process_info dictionary
    put(x, y),
    {dictionary, D} = process_info(self(), dictionary),
    io:format("~p~n", [D]),
    ok.
