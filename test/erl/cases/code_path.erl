-module(code_path).
-export([main/0]).

%% code's path functions with erl's answers (run in a fresh directory).
main() ->
    ok = file:make_dir("ebin_a"),
    ok = file:make_dir("ebin_b"),
    ok = file:write_file("ebin_b/marker.txt", "x"),
    {ok, Cwd} = file:get_cwd(),
    A = filename:join(Cwd, "ebin_a"),
    B = filename:join(Cwd, "ebin_b"),
    io:format("~p~n", [code:add_path("no_such_dir")]),
    io:format("~p~n", [code:add_patha(A)]),
    io:format("~p~n", [code:add_pathz(B)]),
    Path = code:get_path(),
    io:format("~p ~p~n", [hd(Path) =:= A, lists:last(Path) =:= B]),
    io:format("~p~n", [code:where_is_file("marker.txt") =:= filename:join(B, "marker.txt")]),
    io:format("~p~n", [code:where_is_file("no_such_file.txt")]),
    io:format("~p ~p~n", [code:del_path(A), code:del_path(A)]),
    io:format("~p~n", [lists:member(A, code:get_path())]),
    io:format("~p~n", [code:add_paths([A, "no_such_dir"])]),
    io:format("~p~n", [lists:last(code:get_path()) =:= A]),
    io:format("~p~n", [code:objfile_extension()]),
    io:format("~p~n", [code:lib_dir(no_such_app)]),
    io:format("~p~n", [code:priv_dir(no_such_app)]),
    io:format("~p~n", [code:set_path(["no_such_dir"])]),
    io:format("~p~n", [is_list(code:root_dir())]).
