-module(ipv4).
-export([main/0]).

%% Bit syntax on an IPv4 header, as in the Programming Erlang chapter.
header() ->
    <<4:4, 5:4, 0:8, 60:16, 16#1c46:16, 0:1, 1:1, 0:1, 0:13, 64:8, 6:8, 16#b1e6:16,
      192, 168, 0, 1, 192, 168, 0, 199>>.

parse(<<Version:4, IHL:4, ToS:8, TotLen:16, Id:16, _:1, DF:1, MF:1, FragOff:13,
        TTL:8, Proto:8, Checksum:16, Src:4/binary, Dst:4/binary, _/binary>>) ->
    #{version => Version, ihl => IHL, tos => ToS, length => TotLen, id => Id,
      dont_fragment => DF =:= 1, more_fragments => MF =:= 1, offset => FragOff,
      ttl => TTL, protocol => Proto, checksum => Checksum, src => addr(Src), dst => addr(Dst)}.

addr(<<A, B, C, D>>) -> lists:flatten(io_lib:format("~w.~w.~w.~w", [A, B, C, D])).

main() ->
    H = header(),
    io:format("~w bytes: ~w~n", [byte_size(H), H]),
    M = parse(H),
    [io:format("~p: ~p~n", [K, maps:get(K, M)]) || K <- lists:sort(maps:keys(M))],
    <<First:3/binary, Rest/binary>> = H,
    io:format("~w ~w~n", [First, byte_size(Rest)]),
    io:format("~p~n", [<< <<(X bsl 1):8>> || <<X:8>> <= First >>]),
    io:format("~p~n", [[X || <<X:4>> <= <<16#ab, 16#cd>>]]).
