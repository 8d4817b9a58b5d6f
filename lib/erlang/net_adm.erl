%% net_adm for a node without distribution (not built yet): no other node
%% can be reached, so every ping fails, as on a node that is not alive.
-module(net_adm).
-export([ping/1, localhost/0, names/0, names/1]).

ping(Node) when is_atom(Node) ->
    case is_alive() andalso Node =:= node() of
        true -> pong;
        false -> pang
    end.

localhost() ->
    {ok, Host} = inet_host(),
    Host.

names() -> names(localhost()).
names(_Host) -> {error, address}.

inet_host() ->
    case atom_to_list(node()) of
        "nonode@nohost" -> {ok, "nohost"};
        Name -> {ok, lists:nthtail(string:chr(Name, $@), Name)}
    end.
