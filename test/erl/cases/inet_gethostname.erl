-module(inet_gethostname).
-export([main/0]).

%% inet:gethostname/0 names the host erl runs on, as net_adm:localhost/0
%% does, and a node name built from it is the one -sname gives.
main() ->
    {ok, Host} = inet:gethostname(),
    io:format("~p~n", [io_lib:printable_list(Host) andalso Host =/= ""]),
    io:format("~p~n", [Host =:= net_adm:localhost()]),
    ok.
