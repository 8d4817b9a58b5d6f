-module(iolib).
-export([main/0]).

main() ->
    S = io_lib:format("~w-~w", [1, 2]),
    io:format("~p~n", [S]),
    io:format("~p~n", [lists:flatten(S)]),
    io:format("~p~n", [iolist_to_binary(S)]),
    io:format("~p~n", [io_lib:write([1, {a}])]),
    io:format("~p~n", [lists:flatten(io_lib:print({x, "y"}))]),
    io:format("~p~n", [io_lib:fread("~d ~s", "12 abc")]),
    io:format("~p~n", [io_lib:fread("~f", "3.5")]),
    io:format("~p~n", [io_lib:char_list("abc")]),
    io:format("~p~n", [io_lib:printable_list([72, 105])]),
    io:format("~p~n", [io_lib:printable_list([1, 2])]),
    io:format("~p~n", [lists:flatten(io_lib:write_atom('hello world'))]),
    io:format("~p~n", [lists:flatten(io_lib:write_string("quote\"d"))]),
    io:format("~p~n", [iolist_size(["ab", <<"cd">>, $e])]),
    io:format("~p~n", [erlang:iolist_to_binary([<<1>>, [2, [3]], <<>>])]),
    io:format("~p~n", [io_lib:format("~p", [[a, b]])]),
    io:format("~s", [io_lib:nl()]),
    io:format("~p~n", [string:chomp(lists:flatten(io_lib:format("line~n", [])))]).
