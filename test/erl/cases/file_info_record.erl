-module(file_info_record).
-export([main/0]).
-include_lib("kernel/include/file.hrl").

%% kernel/include/file.hrl's #file_info{}, file:open/2 with a bare atom
%% mode, and shell:catch_exception/1 called from a module.
main() ->
    {ok, F} = file:open("x.txt", write), io:format(F, "hi~n", []), file:close(F),
    {ok, G} = file:open("x.txt", read), io:format("~p~n", [io:get_line(G, "")]), file:close(G),
    {ok, I} = file:read_file_info("x.txt"),
    io:format("~p ~p ~p~n", [I#file_info.size, I#file_info.type, I#file_info.access]),
    io:format("~p~n", [is_record(I, file_info)]),
    io:format("~p~n", [file:read_file_info("nope")]),
    io:format("~p~n", [shell:catch_exception(true)]),
    io:format("~p~n", [shell:catch_exception(false)]).
