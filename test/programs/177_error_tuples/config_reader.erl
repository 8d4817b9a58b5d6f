-module(config_reader).
-export([main/0]).

%% The ok/error tuple style, chained with case and with maybe-like helpers.
parse_port(S) ->
    case string:to_integer(S) of
        {N, ""} when N > 0, N < 65536 -> {ok, N};
        {N, ""} when is_integer(N) -> {error, {out_of_range, N}};
        _ -> {error, {not_a_number, S}}
    end.

lookup(Key, Props) ->
    case lists:keyfind(Key, 1, Props) of
        {Key, V} -> {ok, V};
        false -> {error, {missing, Key}}
    end.

read(Props) ->
    case lookup(host, Props) of
        {ok, Host} ->
            case lookup(port, Props) of
                {ok, P} ->
                    case parse_port(P) of
                        {ok, Port} -> {ok, {Host, Port}};
                        Err -> Err
                    end;
                Err -> Err
            end;
        Err -> Err
    end.

main() ->
    [io:format("~p~n", [read(P)]) ||
        P <- [[{host, "localhost"}, {port, "8080"}], [{port, "80"}], [{host, "h"}, {port, "http"}],
              [{host, "h"}, {port, "70000"}], [{host, "h"}]]],
    ok.
