-module(binary_size_all).
-export([main/0]).

%% A segment size bound to the atom `all' is a bad size in compiled code:
%% a construction raises badarg (erl's shell accepts it, compiled code must
%% not) and a match does not match. And the binary module's split, match
%% and matches read their options while there are list cells: erts ignores
%% an improper tail ([global | x] is [global]) but not a bad element.
main() ->
    Results = [
        fun() -> bin(<<1, 2, 3>>, id(all)) end,
        fun() -> bits(<<1, 2, 3>>, id(all)) end,
        fun() -> int(5, id(all)) end,
        fun() -> bin(<<1, 2, 3>>, id(2)) end,
        fun() -> bin(<<1, 2, 3>>, id(x)) end,
        fun() -> two(<<1, 2>>, id(all), <<3>>) end,
        fun() -> match(<<1, 2, 3>>, id(all)) end,
        fun() -> match(<<1, 2, 3>>, id(2)) end,
        fun() -> match_rest(<<1, 2, 3>>, id(all)) end,
        fun() -> binary:split(<<"a,b,c,,">>, <<",">>, id([global | x])) end,
        fun() -> binary:split(<<"a,b,c,,">>, <<",">>, id([trim | x])) end,
        fun() -> binary:split(<<"a,b,c,,">>, <<",">>, id([global, trim | x])) end,
        fun() -> binary:split(<<"a,b,c,,">>, <<",">>, id([global, trim_all | x])) end,
        fun() -> binary:split(<<"a,b,c,,">>, <<",">>, id([global | <<>>])) end,
        fun() -> binary:split(<<"a,b,c,,">>, <<",">>, id([global | {scope, {0, 3}}])) end,
        fun() -> binary:split(<<"a,b,c,,">>, <<",">>, id([{scope, {0, 3}} | x])) end,
        fun() -> binary:split(<<"a,b,c,,">>, <<",">>, id([global, {scope, {2, 3}} | x])) end,
        fun() -> binary:split(<<"a,b,c,,">>, [<<",">>, <<"b">>], id([global | x])) end,
        fun() -> binary:split(<<"a,b,c,,">>, <<",">>, id([x | global])) end,
        fun() -> binary:split(<<"a,b,c,,">>, <<",">>, id([global, x | y])) end,
        fun() -> binary:split(<<"a,b,c,,">>, <<",">>, id(global)) end,
        fun() -> binary:split(<<"a,b,c,,">>, <<",">>, id([{scope, {0, 30}} | x])) end,
        fun() -> binary:matches(<<"a,b,c,,">>, <<",">>, id([{scope, {0, 3}} | x])) end,
        fun() -> binary:matches(<<"a,b,c,,">>, <<",">>, id([x | {scope, {0, 3}}])) end,
        fun() -> binary:match(<<"a,b,c,,">>, <<",">>, id([{scope, {2, 3}} | x])) end,
        fun() -> binary:match(<<"a,b,c,,">>, <<",">>, id([global | x])) end,
        fun() -> binary:replace(<<"a,b">>, <<",">>, <<";">>, id([global | x])) end
    ],
    [io:format("~p~n", [report(F)]) || F <- Results],
    ok.

id(X) -> X.

bin(B, N) -> <<B:N/binary>>.
bits(B, N) -> <<B:N/bits>>.
int(V, N) -> <<V:N>>.
two(A, N, B) -> <<A/binary, B:N/binary>>.

match(B, N) ->
    case B of
        <<X:N/binary>> -> X;
        _ -> nomatch
    end.

match_rest(B, N) ->
    case B of
        <<1, X:N/binary>> -> X;
        _ -> nomatch
    end.

%% The error and what erl says caused it (error_info's cause), or the result.
report(F) ->
    try F()
    catch
        C:R:S ->
            [{_, _, _, Info} | _] = S,
            {C, R, maps:get(cause, proplists:get_value(error_info, Info, #{}), none)}
    end.
