-module(binary_loops).
-export([main/0]).

%% Bit syntax the compiler takes fast paths for must give erl's results and
%% errors: loops that pass the rest of a binary back to themselves (the
%% loop keeps one sub-binary and moves it on), binary generators (walked
%% by offset), comprehension elements of plain bytes (written straight
%% into the result), constructions of integer and binary segments (one
%% shared builder), and binary:split/match with one pattern.
main() ->
    Big = << <<(X rem 251)>> || X <- lists:seq(1, 300000) >>,
    Sub = binary:part(Big, 3, 200000),
    {Rest0, _} = keep(<<1, 2, 0, 7, 8>>, 0),
    <<_:5, Odd/bits>> = binary:part(Big, 10, 500),
    Results = [
        fun() -> g(<<1, 60, 200, 70, 3>>, []) end,
        fun() -> length(g(Big, [])) end,
        fun() -> h(<<1, 2, 3, 4>>, 5, []) end,
        fun() -> h(<<1, 2, 3, 4>>, 20, []) end,
        fun() -> k(<<1, 1, 3, 1, 2, 1>>, 0) end,
        fun() -> k(Big, 0) end,
        fun() -> m(<<1, 2, 3>>, 0) end,
        fun() -> m(Big, 0) end,
        fun() -> m(<<1:1, 1>>, 0) end,
        fun() -> n(<<1, 2, 3>>, []) end,
        fun() -> w(binary:part(Big, 0, 5000), 0) end,
        fun() -> Rest0 end,
        fun() -> length(sub(Sub, [])) end,
        fun() -> {byte_size(Sub), binary:at(Sub, 0), binary:last(Sub)} end,
        fun() -> {ones(Big, 0), ones(Odd, 0)} end,
        fun() -> c1(1, <<"abc">>) end,
        fun() -> c1(a, <<"abc">>) end,
        fun() -> c1(1, abc) end,
        fun() -> c1(1, <<1:3>>) end,
        fun() -> c1(300, <<>>) end,
        fun() -> c2(<<"xy">>, 258) end,
        fun() -> c2(<<1:1>>, 258) end,
        fun() -> c2(<<"xy">>, 1.5) end,
        fun() -> c2(<<"xy">>, 1 bsl 70) end,
        fun() -> c3(<<"v">>, 3) end,
        fun() -> c3(<<"v">>, x) end,
        fun() -> c3(nope, 3) end,
        fun() -> c4(<<"hello">>, 2) end,
        fun() -> c4(<<"hello">>, 9) end,
        fun() -> c4(<<"hello">>, -1) end,
        fun() -> c4(<<"hello">>, foo) end,
        fun() -> c5(-2) end,
        fun() -> c5(1 bsl 40) end,
        fun() -> << <<X>> || X <- [1, 2, 300, -1] >> end,
        fun() -> << <<X>> || X <- [1, id(a)] >> end,
        fun() -> << <<X, Y>> || {X, Y} <- [{1, 2}, {3, id(b)}] >> end,
        fun() -> << <<X:16>> || X <- [1, id(a)] >> end,
        fun() -> << <<X:1>> || X <- [1, 0, 1] >> end,
        fun() -> << <<X:3, Y>> || <<X:3>> <= <<5:3, 2:3, 7:3>>, Y <- [9] >> end,
        fun() -> << <<Y>> || <<X:3>> <= <<5:3, 2:3, 7:2>>, Y <- [X] >> end,
        fun() -> [X || <<X:16>> <= <<1, 2, 3, 4, 5>>] end,
        fun() -> [X || <<X:8, 1:1>> <= <<1, 2, 3, 4, 5>>] end,
        fun() -> [{X, Y} || <<X:4, Y:X>> <= <<16#31, 16#27, 16#0f>>] end,
        fun() -> [X || <<X:8>> <= id(foo)] end,
        fun() -> [B || <<B:2/binary>> <= binary:part(<<"zabcdefg">>, 1, 7)] end,
        fun() -> << <<(X + 1), X>> || <<X>> <= <<"abc">> >> end,
        fun() -> binary:split(<<"a,b,,c,">>, <<",">>, [global]) end,
        fun() -> binary:split(<<"a,b,,c,">>, <<",">>) end,
        fun() -> binary:split(<<>>, <<",">>, [global]) end,
        fun() -> binary:split(<<"abc">>, id(<<>>), [global]) end,
        fun() -> binary:split(<<"abc">>, <<"c">>, [global, trim]) end,
        fun() -> binary:split(<<"abcabc">>, <<"bc">>, [global]) end,
        fun() -> binary:split(<<"aaaa">>, <<"aa">>, [global]) end,
        fun() -> binary:split(<<1:3>>, <<",">>, [global]) end,
        fun() -> binary:split(binary:part(<<"xa,b">>, 1, 3), <<",">>) end,
        fun() -> binary:match(<<"a,b">>, <<",">>) end,
        fun() -> binary:match(<<"a,b">>, <<"x">>) end,
        fun() -> binary:match(<<"a,b">>, id(<<>>)) end,
        fun() -> binary:match(<<"a,b">>, <<"a,b,">>) end,
        fun() -> binary:match(id(x), <<"a">>) end,
        fun() -> iolist_to_binary([<<"ab">>, binary:part(<<"xyz">>, 1, 2), [1, <<2>>], <<>> | <<"t">>]) end,
        fun() -> list_to_bitstring([<<"ab">>, <<5:3>>, <<"cd">>, <<1:1>>]) end,
        fun() -> [integer_to_binary(X) || X <- [0, -5, 10, -100, 123456789]] end,
        fun() -> [binary_to_integer(B) || B <- [<<"0">>, <<"-0">>, <<"+5">>, binary:part(<<"x42">>, 1, 2)]] end,
        fun() -> binary_to_integer(id(<<"+">>)) end
    ],
    [io:format("~p~n", [report(F)]) || F <- Results],
    ok.

id(X) -> X.

%% The error and what erl says caused it: the error_info cause of a failed
%% construction, the arguments of a function_clause.
report(F) ->
    try F()
    catch
        error:function_clause:S ->
            [{M, Fn, Args, _} | _] = S,
            {function_clause, M, Fn, Args};
        C:R:S ->
            [{_, _, _, Info} | _] = S,
            {C, R, maps:get(cause, proplists:get_value(error_info, Info, #{}), none)}
    end.

g(<<X, Rest/binary>>, A) when X > 100 -> g(Rest, [big | A]);
g(<<X, Rest/binary>>, A) when X > 50 -> g(Rest, [X | A]);
g(<<_, Rest/binary>>, A) -> g(Rest, A);
g(<<>>, A) -> lists:reverse(A).

h(<<X:3, Rest/bits>>, N, Acc) when N > 0 -> h(Rest, N - 1, [X | Acc]);
h(Rest, 0, Acc) -> {Rest, lists:reverse(Acc)}.

k(<<X, Rest/binary>>, A) ->
    case X of
        1 -> k(Rest, A + 1);
        2 -> A;
        _ -> k(Rest, A)
    end;
k(<<>>, A) -> A.

m(<<X:16, Rest/binary>>, A) -> m(Rest, A + X);
m(<<>>, A) -> A.

%% The rest is kept as well as passed on: a sub-binary per step, as before.
n(<<X, Rest/binary>>, Acc) -> n(Rest, [Rest, X | Acc]);
n(<<>>, Acc) -> Acc.

w(<<X, Rest/binary>>, A) ->
    receive never -> ok after 0 -> w(Rest, A + X) end;
w(<<>>, A) -> A.

keep(<<X, Rest/binary>>, A) when X =:= 0 -> {Rest, A};
keep(<<X, Rest/binary>>, A) -> keep(Rest, A + X).

sub(<<X, Rest/binary>>, L) -> sub(Rest, [X | L]);
sub(<<>>, L) -> L.

ones(<<>>, Acc) -> Acc;
ones(<<B1:1, B2:1, B3:1, Rest/bits>>, Acc) -> ones(Rest, Acc + B1 * 4 + B2 * 2 + B3);
ones(<<B:1, Rest/bits>>, Acc) -> ones(Rest, Acc * 3 + B).

c1(T, P) -> <<T:8, (byte_size(P)):16, P/binary>>.
c2(A, N) -> <<A/binary, N:32/little>>.
c3(X, S) -> <<"key=", X/binary, ";x", S:4, 1:4>>.
c4(B, N) -> <<B:N/binary, 7>>.
c5(V) -> <<V:16/signed, V:3, 0:5>>.
