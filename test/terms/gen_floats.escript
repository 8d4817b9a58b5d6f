#!/usr/bin/env escript
%% Generates test/terms/data/floats.tsv from real erl: for each float, its
%% IEEE bits (hex) and how erl formats it in several ways. Run:
%%   escript test/terms/gen_floats.escript > test/terms/data/floats.tsv
-mode(compile).

main(_) ->
    rand:seed(exsss, {17, 42, 4711}),
    Fixed = [0.0, -0.0, 0.1, 1.0, -1.0, 1.0e10, 3.0e-5, 1.0e-10, 123456789.0, 1.0e15,
             1.2345678901234567e19, 5.0e-324, 1.7976931348623157e308, 2.2250738585072014e-308,
             0.5, 0.25, 0.125, 0.0045, 0.00445, 0.005, 0.015, 0.025, 1.5, 2.5, 0.05, 1.005,
             100.0, 1000.0, 10000.0, 100000.0, 1.0e6, 1.0e7, 1.0e8, 1.0e9, 1.0e16, 1.0e17,
             1.0e20, 1.0e21, 1.0e22, 1.0e23, 0.01, 0.001, 0.0001, 1.0e-5, 1.0e-6, 1.0e-7,
             12.0, 120.0, 1200.0, 12000.0, 120000.0, 1.2e6, 1.2e7, 1.23e8, 123.456, 0.000123,
             9007199254740992.0, 9007199254740993.0, 4503599627370496.5, 1.0e-300, 3.14159,
             2.718281828459045, 1.0/3.0, 2.0/3.0, 99.99, 999.999, 0.999999, 9.9999999,
             1.0e100, 1.0e-100, 123456.0, 1234567.0, 12345678.0, 0.1 + 0.2, 255.0, 65536.0,
             4294967296.0, 1.8446744073709552e19, 5.0e-5, 0.3, 7.0e-4, 6.02214076e23],
    Rand = [rnd(I) || I <- lists:seq(1, 600)],
    Vals = Fixed ++ [-X || X <- Fixed, X =/= 0.0] ++ Rand,
    [row(V) || V <- Vals],
    ok.

rnd(I) ->
    case I rem 4 of
        0 -> <<F:64/float>> = <<(rand:uniform(16#7FEFFFFFFFFFFFFF)):64>>, F;
        1 -> rand:uniform() * math:pow(10, rand:uniform(50) - 25);
        2 -> float(rand:uniform(1000000)) * math:pow(10, rand:uniform(30) - 15);
        3 -> float(round(rand:uniform() * 100000)) / 1000
    end.

row(V) ->
    <<Bits:64>> = <<V:64/float>>,
    Cols = [io_lib:format("~16.16.0b", [Bits]),
            float_to_list(V, [short]),
            float_to_list(V),
            f2l(V, [{decimals, 0}]),
            f2l(V, [{decimals, 2}]),
            f2l(V, [{decimals, 5}]),
            f2l(V, [{decimals, 10}, compact]),
            f2l(V, [{decimals, 4}, compact]),
            f2l(V, [{decimals, 30}]),
            f2l(V, [{scientific, 3}]),
            f2l(V, [{scientific, 0}]),
            f2l(V, [{scientific, 30}]),
            io_lib:format("~e", [V]),
            io_lib:format("~f", [V]),
            io_lib:format("~g", [V]),
            io_lib:format("~.3e", [V]),
            io_lib:format("~.2f", [V]),
            io_lib:format("~.10g", [V]),
            io_lib:format("~.1g", [V]),
            io_lib:format("~p", [V])],
    io:format("~s~n", [lists:join("\t", Cols)]).

%% float_to_list/2 fails with badarg when the result would not fit erl's buffer.
f2l(V, Opts) ->
    try float_to_list(V, Opts) catch error:badarg -> "badarg" end.
