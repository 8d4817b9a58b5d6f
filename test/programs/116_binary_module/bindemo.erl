-module(bindemo).
-export([main/0]).

main() ->
    B = <<"the quick brown fox">>,
    io:format("~p~n", [binary:split(B, <<" ">>, [global])]),
    io:format("~p~n", [binary:match(B, <<"quick">>)]),
    io:format("~p~n", [binary:matches(B, [<<"o">>, <<"u">>])]),
    io:format("~p~n", [binary:replace(B, <<"o">>, <<"0">>, [global])]),
    io:format("~p~n", [binary:part(B, 4, 5)]),
    io:format("~p~n", [binary:first(B)]),
    io:format("~p~n", [binary:last(B)]),
    io:format("~p~n", [binary:bin_to_list(<<"abc">>)]),
    io:format("~p~n", [binary:copy(<<"ab">>, 3)]),
    io:format("~p~n", [binary:decode_unsigned(<<1, 0>>)]),
    io:format("~p~n", [binary:encode_unsigned(65536)]),
    io:format("~p~n", [binary:longest_common_prefix([<<"erlang">>, <<"ergo">>])]),
    io:format("~p~n", [byte_size(term_to_binary({a, "b", 3}))]),
    io:format("~p~n", [binary_to_term(term_to_binary({a, "b", 3}))]),
    io:format("~p~n", [list_to_binary([<<"a">>, "bc", $d])]),
    io:format("~p~n", [binary_to_list(<<"xyz">>, 2, 3)]),
    io:format("~p~n", [split_binary(<<1, 2, 3, 4>>, 1)]),
    io:format("~p~n", [integer_to_binary(255, 16)]),
    io:format("~p~n", [binary_to_integer(<<"-42">>)]),
    io:format("~p~n", [float_to_binary(1.5, [{decimals, 3}])]),
    io:format("~p~n", [base64:encode(<<"hello world">>)]),
    io:format("~p~n", [base64:decode(<<"aGVsbG8gd29ybGQ=">>)]),
    io:format("~p~n", [binary:bin_to_list(crypto_free_hash(<<"abc">>))]).

%% A toy checksum (no crypto application needed).
crypto_free_hash(Bin) -> << <<((X * 31 + 7) rem 256)>> || <<X>> <= Bin >>.
