-module(csv).
-export([main/0]).

%% Splits CSV text with quoted fields, working on binaries.
parse(Bin) -> [fields(Line) || Line <- binary:split(Bin, <<"\n">>, [global, trim_all])].

fields(Line) -> fields(Line, <<>>, []).

fields(<<>>, Field, Acc) -> lists:reverse([Field | Acc]);
fields(<<$,, Rest/binary>>, Field, Acc) -> fields(Rest, <<>>, [Field | Acc]);
fields(<<$", Rest/binary>>, <<>>, Acc) -> quoted(Rest, <<>>, Acc);
fields(<<C, Rest/binary>>, Field, Acc) -> fields(Rest, <<Field/binary, C>>, Acc).

quoted(<<$", $", Rest/binary>>, Field, Acc) -> quoted(Rest, <<Field/binary, $">>, Acc);
quoted(<<$", Rest/binary>>, Field, Acc) -> fields(Rest, Field, Acc);
quoted(<<C, Rest/binary>>, Field, Acc) -> quoted(Rest, <<Field/binary, C>>, Acc).

main() ->
    Data = <<"name,age,city\nAlice,30,\"Portland, OR\"\nBob,25,\"Say \"\"hi\"\"\"\n,,\n">>,
    Rows = parse(Data),
    [io:format("~p~n", [R]) || R <- Rows],
    [Header | Body] = Rows,
    Maps = [maps:from_list(lists:zip(Header, R)) || R <- Body],
    io:format("~p~n", [[maps:get(<<"city">>, M) || M <- Maps]]),
    Ages = [binary_to_integer(A) || #{<<"age">> := A} <- Maps, A =/= <<>>],
    io:format("average age ~.1f~n", [lists:sum(Ages) / length(Ages)]).
