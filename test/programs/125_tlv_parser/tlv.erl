-module(tlv).
-export([main/0]).

%% Type-length-value records, as in many network protocol chapters.
encode(Items) -> << <<(tag(T)):8, (byte_size(V)):16, V/binary>> || {T, V} <- Items >>.

decode(<<>>) -> [];
decode(<<Tag:8, Len:16, Value:Len/binary, Rest/binary>>) -> [{untag(Tag), Value} | decode(Rest)];
decode(Bad) -> [{truncated, Bad}].

tag(name) -> 1;
tag(age) -> 2;
tag(note) -> 3.

untag(1) -> name;
untag(2) -> age;
untag(3) -> note;
untag(N) -> {unknown, N}.

main() ->
    Msg = encode([{name, <<"Ada">>}, {age, <<36>>}, {note, <<"analytical engine">>}]),
    io:format("~w~n", [Msg]),
    io:format("~p~n", [decode(Msg)]),
    io:format("~p~n", [decode(<<9, 0, 1, $x>>)]),
    io:format("~p~n", [decode(<<1, 0, 5, "ab">>)]),
    <<_:3/binary, Rest/binary>> = Msg,
    io:format("~p~n", [byte_size(Rest)]).
