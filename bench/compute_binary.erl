%% compute_binary: a binary protocol parser. Builds a binary of N records
%% (tag byte, 16-bit big-endian length, payload) and parses it back with
%% binary pattern matching; payloads of tag 1 are 32-bit integers, tag 2 a
%% comma-separated decimal list split with binary:split/3, tag 3 text
%% searched with binary:match/2. Then a byte-wise checksum by a binary
%% comprehension and a count of the one bits, eight 1-bit fields per byte.
%% (The bit count keeps the rest of the binary byte-aligned: when the set
%% was written, erlts took time proportional to the remaining binary for a
%% `Rest/bits' match at a bit offset, which made a bit-by-bit walk
%% quadratic; fixed since, see docs/performance.md. Kept as it was so that
%% the ratios stay comparable.)
%% run(N) -> {Records, IntSum, FieldSum, Matches, Checksum}.
-module(compute_binary).
-export([size/1, run/1]).

size(small) -> 3000;
size(medium) -> 40000.

run(N) ->
    Bin = build(N, 5, []),
    {Records, Ints, Fields, Matches} = parse(Bin, 0, 0, 0, 0),
    Xored = << <<(B bxor 16#5A)>> || <<B>> <= Bin >>,
    {Records, Ints, Fields, Matches,
     (bytes(Xored, 0) + ones(Bin, 0)) rem 1000000007}.

build(0, _, Acc) -> iolist_to_binary(Acc);
build(K, X, Acc) ->
    X1 = X * 16807 rem 2147483647,
    Record = case X1 rem 3 of
                 0 -> record(1, <<(X1 rem 1000000):32>>);
                 1 -> record(2, list_to_binary(lists:join(",", [integer_to_list(X1 rem D) || D <- [7, 100, 1000, 99991]])));
                 2 -> record(3, <<"key=", (integer_to_binary(X1 rem 1000))/binary, ";flag=on;name=x">>)
             end,
    build(K - 1, X1, [Record | Acc]).

record(Tag, Payload) -> <<Tag:8, (byte_size(Payload)):16, Payload/binary>>.

parse(<<>>, R, I, F, M) -> {R, I, F, M};
parse(<<Tag:8, Len:16, Payload:Len/binary, Rest/binary>>, R, I, F, M) ->
    case Tag of
        1 ->
            <<V:32>> = Payload,
            parse(Rest, R + 1, I + V, F, M);
        2 ->
            Parts = binary:split(Payload, <<",">>, [global]),
            parse(Rest, R + 1, I, F + lists:sum([binary_to_integer(P) || P <- Parts]), M);
        3 ->
            M1 = case binary:match(Payload, <<"flag=on">>) of nomatch -> M; _ -> M + 1 end,
            <<"key=", KeyRest/binary>> = Payload,
            [Key | _] = binary:split(KeyRest, <<";">>),
            parse(Rest, R + 1, I + binary_to_integer(Key), F, M1)
    end.

bytes(<<>>, Acc) -> Acc;
bytes(<<B, Rest/binary>>, Acc) -> bytes(Rest, (Acc * 31 + B) rem 1000000007).

%% Number of one bits, a byte's eight bits at a time.
ones(<<>>, Acc) -> Acc;
ones(<<B1:1, B2:1, B3:1, B4:1, B5:1, B6:1, B7:1, B8:1, Rest/binary>>, Acc) ->
    ones(Rest, Acc + B1 + B2 + B3 + B4 + B5 + B6 + B7 + B8).
