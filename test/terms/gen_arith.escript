#!/usr/bin/env escript
%% Generates test/terms/data/arith.jsonl from real erl: binary and unary
%% arithmetic on a mix of small integers, bigints and floats, with the
%% result or the error reason. Run:
%%   escript test/terms/gen_arith.escript > test/terms/data/arith.jsonl
-mode(compile).

main(_) ->
    Nums = [0, 1, -1, 2, 3, -7, 7, 10, 255, -256, 1000000007, 134217728, 2147483647, -2147483648,
            4294967296, 9007199254740991, -9007199254740991, 9007199254740992, 12345678901234567890,
            -12345678901234567890, 1 bsl 64, (1 bsl 100) + 1, -(1 bsl 100),
            0.0, -0.0, 1.0, -1.5, 2.5, 0.1, 1.0e300, -1.0e300, 1.0e-300, 3.0, 7.0],
    Bin = ['+', '-', '*', '/', 'div', 'rem', 'band', 'bor', 'bxor'],
    Shifts = [0, 1, 3, 31, 32, 52, 53, 63, 64, 100, -1, -3, -64, -200],
    Un = [neg, 'bnot', abs, trunc, round, floor, ceil, float],
    [row(Op, [A, B], apply2(Op, A, B)) || Op <- Bin, A <- Nums, B <- Nums],
    [row(Op, [A, S], apply2(Op, A, S)) || Op <- ['bsl', 'bsr'], A <- Nums, S <- Shifts],
    [row(Op, [A], apply1(Op, A)) || Op <- Un, A <- Nums],
    ok.

apply2(Op, A, B) -> try erlang:Op(A, B) catch error:R -> {error, R} end.
apply1(neg, A) -> try -A catch error:R -> {error, R} end;
apply1(Op, A) -> try erlang:Op(A) catch error:R -> {error, R} end.

row(Op, Args, Res) ->
    io:format("{\"op\":\"~s\",\"args\":[~s],\"result\":~s}~n",
              [Op, lists:join(",", [enc(X) || X <- Args]), enc(Res)]).

enc({error, R}) -> io_lib:format("{\"error\":\"~s\"}", [R]);
enc(I) when is_integer(I) -> io_lib:format("{\"int\":\"~b\"}", [I]);
enc(F) when is_float(F) -> <<B:64>> = <<F/float>>, io_lib:format("{\"float\":\"~16.16.0b\"}", [B]).
