-module(binary_module).
-export([main/0]).

%% binary module: searching, splitting, replacing, parts, conversions, and
%% the badarg explanations erl attaches to bad calls.

p(X) -> io:format("~p~n", [X]).

err(F) ->
    try F() of
        V -> {ok, V}
    catch
        C:R:St ->
            Info = case St of
                       [{_, _, _, Opts} | _] ->
                           case lists:keyfind(error_info, 1, Opts) of
                               {error_info, M} -> maps:get(cause, M, none);
                               false -> none
                           end;
                       _ -> none
                   end,
            {C, R, top(St), Info}
    end.

top([{M, F, A, _} | _]) when is_list(A) -> {M, F, length(A)};
top([{M, F, A, _} | _]) -> {M, F, A};
top(_) -> none.

main() ->
    S = <<"the quick brown fox jumps over the lazy dog">>,
    p(binary:match(S, <<"o">>)),
    p(binary:match(S, <<"zz">>)),
    p(binary:match(S, [<<"fox">>, <<"quick">>, <<"qu">>])),
    p(binary:match(S, <<"o">>, [{scope, {20, 10}}])),
    p(binary:match(S, <<"o">>, [{scope, {20, -10}}])),
    p(binary:matches(S, <<"o">>)),
    p(binary:matches(<<"abcabc">>, [<<"a">>, <<"ab">>, <<"bca">>])),
    p(binary:matches(<<"aaaa">>, <<"aa">>)),
    p(binary:matches(S, <<"the">>, [{scope, {1, 40}}])),
    p(binary:split(<<"a,b,c">>, <<",">>)),
    p(binary:split(<<"a,b,,c,">>, <<",">>, [global])),
    p(binary:split(<<",a,,b,,">>, <<",">>, [global, trim])),
    p(binary:split(<<",a,,b,,">>, <<",">>, [global, trim_all])),
    p(binary:split(<<",a,,b,,">>, <<",">>, [trim_all])),
    p(binary:split(<<"a,b,c">>, <<",">>, [{scope, {2, 3}}, global])),
    p(binary:split(<<"a, b;c">>, [<<", ">>, <<";">>], [global])),
    p(binary:split(<<>>, <<",">>)),
    p(binary:split(<<>>, <<",">>, [trim])),
    p(binary:split(<<"abc">>, <<"abc">>, [global, trim])),
    P = binary:compile_pattern([<<"a">>, <<"b">>]),
    p(element(1, P)),
    p(element(1, binary:compile_pattern(<<"x">>))),
    p(binary:split(<<"xaybz">>, P, [global])),
    p(binary:matches(<<"xaybz">>, P)),
    p(binary:replace(<<"abcb">>, <<"b">>, <<"X">>)),
    p(binary:replace(<<"abcb">>, <<"b">>, <<"X">>, [global])),
    p(binary:replace(<<"abcb">>, <<"b">>, <<"[]">>, [global, {insert_replaced, 1}])),
    p(binary:replace(<<"abcb">>, <<"b">>, <<"<>">>, [global, {insert_replaced, [0, 2, 1]}])),
    p(binary:replace(<<"abcb">>, [<<"a">>, <<"c">>], <<>>, [global])),
    p(binary:replace(<<"aaaa">>, <<"a">>, <<"b">>, [global, {scope, {1, 2}}])),
    p(binary:part(S, 4, 5)),
    p(binary:part(S, {4, 5})),
    p(binary:part(S, byte_size(S), -3)),
    p(binary:part(<<"abc">>, 3, 0)),
    p(binary:at(<<"abc">>, 2)),
    p(binary:first(<<"abc">>)),
    p(binary:last(<<"abc">>)),
    p(binary:copy(<<"ab">>, 3)),
    p(binary:copy(<<"ab">>, 0)),
    p(binary:copy(<<"ab">>)),
    p(binary:bin_to_list(<<"abc">>)),
    p(binary:bin_to_list(<<"abcdef">>, {1, 3})),
    p(binary:bin_to_list(<<"abcdef">>, {4, -2})),
    p(binary:bin_to_list(<<"abcdef">>, 2, 0)),
    p(binary:bin_to_list(<<"abcdef">>, 6, 0)),
    p(binary:list_to_bin([1, [2, <<3, 4>>], "ab" | <<"c">>])),
    p(binary:referenced_byte_size(<<"hello">>)),
    p(binary:longest_common_prefix([<<"erlang">>, <<"ergonomy">>])),
    p(binary:longest_common_prefix([<<"erlang">>])),
    p(binary:longest_common_prefix([<<"erlang">>, <<>>])),
    p(binary:longest_common_suffix([<<"abc">>, <<"xbc">>, <<"c">>])),
    p(binary:decode_unsigned(<<1, 0>>)),
    p(binary:decode_unsigned(<<1, 0>>, little)),
    p(binary:decode_unsigned(<<1, 0, 0, 0, 0, 0, 0, 0, 0>>)),
    p(binary:decode_unsigned(<<>>)),
    p(binary:encode_unsigned(0)),
    p(binary:encode_unsigned(256)),
    p(binary:encode_unsigned(256, little)),
    p(binary:encode_unsigned(1 bsl 70)),
    p(binary:encode_hex(<<"Jk", 0, 255>>)),
    p(binary:encode_hex(<<>>)),
    p(binary:decode_hex(<<"4a6B00fF">>)),
    p(binary:decode_hex(<<>>)),
    %% bad calls
    p(err(fun() -> binary:split(1, <<",">>) end)),
    p(err(fun() -> binary:split(<<1:3>>, <<",">>) end)),
    p(err(fun() -> binary:split(<<"a">>, <<>>) end)),
    p(err(fun() -> binary:split(<<"a">>, <<"a">>, [foo]) end)),
    p(err(fun() -> binary:split(a, b, [foo]) end)),
    p(err(fun() -> binary:match(<<"abc">>, 1) end)),
    p(err(fun() -> binary:match(<<"abc">>, []) end)),
    p(err(fun() -> binary:match(<<"abc">>, [<<"a">> | b]) end)),
    p(err(fun() -> binary:match(<<"a">>, <<"a">>, [{scope, {0, 5}}]) end)),
    p(err(fun() -> binary:match(<<"a">>, <<"a">>, [{scope, {0, 5}}, {scope, {0, 1}}]) end)),
    p(err(fun() -> binary:matches(<<"a">>, <<"a">>, bad) end)),
    p(err(fun() -> binary:replace(<<"a">>, <<>>, <<"b">>) end)),
    p(err(fun() -> binary:replace(1, <<"a">>, <<"b">>) end)),
    p(err(fun() -> binary:replace(<<"a">>, <<"a">>, <<"b">>, [foo]) end)),
    p(err(fun() -> binary:replace(1, <<"a">>, <<"b">>, foo) end)),
    p(err(fun() -> binary:replace(1, <<"a">>, <<"b">>, []) end)),
    p(err(fun() -> binary:replace(<<"a">>, <<"a">>, 1, foo) end)),
    p(err(fun() -> binary:replace(<<"a">>, <<"a">>, <<"b">>, [{scope, {0, 5}}]) end)),
    p(err(fun() -> binary:replace(<<"a">>, <<"a">>, <<"b">>, [{insert_replaced, 7}]) end)),
    p(err(fun() -> binary:part(<<"abc">>, 5, 1) end)),
    p(err(fun() -> binary:part(<<"abc">>, 1, 5) end)),
    p(err(fun() -> binary:part(<<"abc">>, -1, 1) end)),
    p(err(fun() -> binary:part(<<"abc">>, a, 1) end)),
    p(err(fun() -> binary:part(<<"abc">>, {1, 5}) end)),
    p(err(fun() -> binary:part(<<"abc">>, a) end)),
    p(err(fun() -> binary:part(a, {1, 5}) end)),
    p(err(fun() -> binary:at(<<"abc">>, 5) end)),
    p(err(fun() -> binary:at(<<"abc">>, -1) end)),
    p(err(fun() -> binary:at(abc, x) end)),
    p(err(fun() -> binary:first(<<>>) end)),
    p(err(fun() -> binary:last(a) end)),
    p(err(fun() -> binary:copy(<<"a">>, -1) end)),
    p(err(fun() -> binary:copy(<<1:3>>) end)),
    p(err(fun() -> binary:bin_to_list(1) end)),
    p(err(fun() -> binary:bin_to_list(<<"a">>, {0, 5}) end)),
    p(err(fun() -> binary:bin_to_list(<<"abc">>, 1, 5) end)),
    p(err(fun() -> binary:bin_to_list(<<"abc">>, x) end)),
    p(err(fun() -> binary:list_to_bin(a) end)),
    p(err(fun() -> binary:list_to_bin(<<"a">>) end)),
    p(err(fun() -> binary:longest_common_prefix([a]) end)),
    p(err(fun() -> binary:longest_common_prefix([]) end)),
    p(err(fun() -> binary:decode_unsigned(<<1>>, mid) end)),
    p(err(fun() -> binary:decode_unsigned(1) end)),
    p(err(fun() -> binary:encode_unsigned(-1) end)),
    p(err(fun() -> binary:encode_unsigned(a, mid) end)),
    p(err(fun() -> binary:encode_hex(1) end)),
    p(err(fun() -> binary:decode_hex(<<"abc">>) end)),
    p(err(fun() -> binary:decode_hex(<<"zz">>) end)),
    p(err(fun() -> binary:decode_hex(<<1:4>>) end)),
    p(err(fun() -> binary:compile_pattern(<<>>) end)),
    p(err(fun() -> binary:referenced_byte_size(1) end)),
    ok.
