-module(binary_append).
-export([main/0]).

%% Appends that take the compiler's fast path (whole binaries, bytes and
%% list_to_binary of a string, appended in place) must give erl's results,
%% never let one append see another's bytes, and fail as erl fails.
main() ->
    Acc = lists:foldl(fun(S, A) -> <<A/binary, (list_to_binary(S))/binary, ",">> end, <<>>, ["a", "bc", "", "def"]),
    io:format("~p~n", [Acc]),
    X = <<"q">>,
    Y1 = <<X/binary, (list_to_binary("r"))/binary>>,
    Y2 = <<X/binary, (erlang:list_to_binary("s"))/binary>>,
    Y3 = <<Y1/binary, 33>>,
    Y4 = <<Y1/binary, 34>>,
    io:format("~p~n", [{X, Y1, Y2, Y3, Y4}]),
    Big = lists:foldl(fun(I, A) -> <<A/binary, I, (integer_to_binary(I))/binary>> end, <<>>, lists:seq(1, 300)),
    io:format("~p ~p~n", [byte_size(Big), erlang:phash2(Big)]),
    %% A string that turns out not to be one after the accumulator was claimed:
    %% the accumulator stays intact and can still be appended to.
    Acc2 = lists:foldl(fun(S, A) -> <<A/binary, (list_to_binary(S))/binary>> end, <<>>, ["0123456789", "abcdefghij"]),
    io:format("~p~n", [report(fun() -> <<Acc2/binary, (list_to_binary(id("xy" ++ [300])))/binary, 1>> end)]),
    io:format("~p~n", [<<Acc2/binary, (list_to_binary("ok"))/binary, $.>>]),
    %% Strings longer than the room left: the buffer grows in the middle of one.
    Long = lists:foldl(fun(N, A) -> <<A/binary, (list_to_binary(lists:duplicate(N, $a + N rem 26)))/binary, $|>> end, <<"s">>, lists:seq(1, 200, 37)),
    io:format("~p ~p~n", [byte_size(Long), erlang:phash2(Long)]),
    Nested = <<"n", (list_to_binary([<<"i">>, "o", [$l]]))/binary>>,
    io:format("~p~n", [Nested]),
    [io:format("~p~n", [report(F)]) || F <- [
        fun() -> S = id([256]), <<(list_to_binary(S))/binary, 1>> end,
        fun() -> A = id(foo), <<A/binary, (list_to_binary("x"))/binary>> end,
        fun() -> A = id(foo), S = id(bar), <<A/binary, (list_to_binary(S))/binary>> end,
        fun() -> S = id([1 | 2]), <<"x", (list_to_binary(S))/binary>> end,
        fun() -> B = id(<<1:3>>), <<B/binary, 1>> end,
        fun() -> I = id(1.5), <<"x", I>> end]],
    ok.

%% The reason and the top frame: the BIF that failed, or the construction's
%% error_info (frames below it name funs, which erlts numbers differently).
report(F) ->
    try F() of
        V -> {ok, V}
    catch
        error:R:St ->
            case St of
                [{erlang, Fn, A, Loc} | _] -> {R, Fn, A, proplists:get_value(error_info, Loc)};
                [{M, _, _, Loc} | _] -> {R, M, proplists:get_value(error_info, Loc)}
            end
    end.

%% Hides values from the compiler, so it cannot warn that a call will fail.
id(X) -> X.
