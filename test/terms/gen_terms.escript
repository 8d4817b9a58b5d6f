#!/usr/bin/env escript
%% Generates test/terms/data/terms.jsonl from real erl: random and chosen
%% terms with erlang:phash2/1,2, and pairs of terms with how erl compares
%% them (<, ==, =:=) and how it orders them as map keys. Run:
%%   escript test/terms/gen_terms.escript > test/terms/data/terms.jsonl
%% Each line is one JSON object; terms are encoded by enc/1 below.
-mode(compile).

main(_) ->
    rand:seed(exsss, {7, 8, 9}),
    Fixed = fixed(),
    Random = [gen(3) || _ <- lists:seq(1, 400)],
    Terms = Fixed ++ Random ++ [twin(T) || T <- Fixed ++ Random],
    [io:format("~s~n", [json_obj([{"hash", enc(T)},
                                  {"phash2", int(erlang:phash2(T))},
                                  {"phash2_1000", int(erlang:phash2(T, 1000))},
                                  {"phash2_2_32", int(erlang:phash2(T, 1 bsl 32))}])])
     || T <- Terms],
    N = length(Terms),
    Arr = list_to_tuple(Terms),
    Pairs = [{I, I rem N + 1} || I <- lists:seq(1, N)] ++
            [{I, (I + length(Fixed) + length(Random) - 1) rem N + 1} || I <- lists:seq(1, N)] ++
            [{rand:uniform(N), rand:uniform(N)} || _ <- lists:seq(1, 1500)],
    [begin
         A = element(I, Arr), B = element(J, Arr),
         io:format("~s~n", [json_obj([{"a", enc(A)}, {"b", enc(B)},
                                      {"cmp", int(cmp(A, B))},
                                      {"eq", atom_json(A == B)},
                                      {"exact", atom_json(A =:= B)},
                                      {"keyorder", int(keyorder(A, B))}])])
     end || {I, J} <- Pairs],
    ok.

cmp(A, B) when A < B -> -1;
cmp(A, B) when A == B -> 0;
cmp(_, _) -> 1.

%% Map key order, as maps:keys/1 of a small map shows it.
keyorder(A, B) when A =:= B -> 0;
keyorder(A, B) ->
    case maps:keys(#{A => 1, B => 2}) of
        [A, B] -> -1;
        [B, A] -> 1
    end.

fixed() ->
    Ints = [0, 1, -1, 255, 256, -255, 134217727, 134217728, -134217728, -134217729,
            2147483647, 2147483648, -2147483648, 4294967295, 4294967296, -4294967296,
            9007199254740991, 9007199254740992, 9007199254740993, -9007199254740993,
            576460752303423487, 576460752303423488, -576460752303423488, -576460752303423489,
            18446744073709551615, 18446744073709551616, -18446744073709551616,
            1 bsl 100, -(1 bsl 100), (1 bsl 200) + 12345, 123456789012345678901234567890],
    Floats = [0.0, -0.0, 1.0, -1.0, 0.5, 1.0e300, -1.0e-300, 9007199254740992.0,
              9007199254740994.0, 1.8446744073709552e19, 3.141592653589793, 5.0e-324],
    Atoms = [a, b, ab, 'hello world', '', 'é', 'ÿ', 'Ā', '日本', 'z', 'A', true, false,
             nonode@nohost, list_to_atom([16#1F600]), list_to_atom([16#FFFD])],
    Bins = [<<>>, <<0>>, <<1,2,3>>, <<"hello">>, <<"hello world, twelve+">>,
            list_to_binary(lists:seq(0, 255)), <<1:1>>, <<0:1>>, <<255, 1:3>>, <<1:7>>,
            <<"abcdefghijkl">>, <<"abcdefghijklm">>],
    Lists = [[], [1], [1, 2], "abc", "abcd", "abcde", [256, 1], [1 | 2], [a | b],
             [[]], [[], []], "hello" ++ [1000], [1.0], [0, 255, 256, -1], lists:seq(1, 100)],
    Tuples = [{}, {1}, {1, 2}, {a, b, c}, {{}}, {[]}, {1.0}, {1, 1.0}],
    Maps = [#{}, #{a => 1}, #{1 => a}, #{1.0 => a}, #{a => 1.0}, #{a => 1, b => 2},
            #{b => 2, a => 1}, #{1 => 2, 1.0 => 3}, #{[] => {}, "x" => <<"y">>},
            maps:from_list([{I, I * I} || I <- lists:seq(1, 40)]),
            maps:from_list([{integer_to_list(I), I} || I <- lists:seq(1, 50)])],
    Other = [pid(0, 1, 0), pid(0, 80, 0), pid(0, 80, 1), pid(0, 81, 0), pid(0, 5, 2),
             ext_pid('x@host', 7, 0, 1), ext_pid('x@host', 7, 0, 2), ext_pid('a@host', 9, 1, 1),
             ref("#Ref<0.1.2.3>"), ref("#Ref<0.3.2.1>"), ref("#Ref<0.1.2.4>"), ref("#Ref<0.2.2.3>"),
             ext_ref('x@host', 1, [5, 6, 7]), ext_ref('x@host', 1, [7, 6, 5]),
             port("#Port<0.5>"), port("#Port<0.6>"), ext_port('x@host', 3, 1),
             fun lists:map/2, fun lists:map/3, fun erlang:self/0, fun lists:foldl/3],
    Ints ++ Floats ++ Atoms ++ Bins ++ Lists ++ Tuples ++ Maps ++ Other.

pid(A, B, C) -> list_to_pid(lists:flatten(io_lib:format("<~b.~b.~b>", [A, B, C]))).
ref(S) -> list_to_ref(S).
port(S) -> list_to_port(S).
node_ext(Node) -> N = atom_to_binary(Node, utf8), <<118, (byte_size(N)):16, N/binary>>.
ext_pid(Node, Id, Ser, Cr) -> binary_to_term(<<131, 88, (node_ext(Node))/binary, Id:32, Ser:32, Cr:32>>).
ext_port(Node, Id, Cr) -> binary_to_term(<<131, 89, (node_ext(Node))/binary, Id:32, Cr:32>>).
ext_ref(Node, Cr, Ids) ->
    binary_to_term(<<131, 90, (length(Ids)):16, (node_ext(Node))/binary, Cr:32,
                     (<< <<I:32>> || I <- Ids >>)/binary>>).

gen(0) -> leaf();
gen(D) ->
    case rand:uniform(9) of
        1 -> [gen(D - 1) || _ <- lists:seq(1, rand:uniform(4) - 1)];
        2 -> list_to_tuple([gen(D - 1) || _ <- lists:seq(1, rand:uniform(4) - 1)]);
        3 -> maps:from_list([{gen(D - 1), gen(D - 1)} || _ <- lists:seq(1, rand:uniform(4) - 1)]);
        4 -> [gen(D - 1) | gen(D - 1)];
        5 -> [rand:uniform(300) - 1 || _ <- lists:seq(1, rand:uniform(9) - 1)];
        _ -> leaf()
    end.

leaf() ->
    case rand:uniform(10) of
        1 -> rand:uniform(1000) - 500;
        2 -> (rand:uniform(1 bsl 70) - (1 bsl 69)) bsr rand:uniform(70);
        3 -> (rand:uniform() - 0.5) * math:pow(10, rand:uniform(40) - 20);
        4 -> float(rand:uniform(20) - 10);
        5 -> lists:nth(rand:uniform(6), [a, b, c, ok, 'Hello', 'é']);
        6 -> [];
        7 -> list_to_binary([rand:uniform(256) - 1 || _ <- lists:seq(1, rand:uniform(20) - 1)]);
        8 -> <<(rand:uniform(256) - 1), (rand:uniform(128)):(rand:uniform(7))>>;
        9 -> rand:uniform(4) - 2;
        10 -> {}
    end.

%% A variant that is == but perhaps not =:= (integers turned into floats).
twin(I) when is_integer(I), abs(I) < 1 bsl 60 ->
    case rand:uniform(2) of 1 -> float(I); _ -> I end;
twin([]) -> [];
twin(L) when is_list(L) -> twin_list(L);
twin(T) when is_tuple(T) -> list_to_tuple([twin(E) || E <- tuple_to_list(T)]);
twin(M) when is_map(M) -> maps:map(fun(_, V) -> twin(V) end, M);
twin(X) -> X.

twin_list([H | T]) -> [twin(H) | twin_list(T)];
twin_list(T) -> twin(T).

%% ---- JSON encoding of terms ----
enc(I) when is_integer(I) -> json_obj([{"int", str(integer_to_list(I))}]);
enc(F) when is_float(F) -> <<B:64>> = <<F/float>>, json_obj([{"float", str(integer_to_list(B, 16))}]);
enc(A) when is_atom(A) -> json_obj([{"atom", cps(atom_to_list(A))}]);
enc([]) -> json_obj([{"nil", "1"}]);
enc(L) when is_list(L) -> {Items, Tail} = split_list(L, []),
    json_obj([{"list", json_arr([enc(E) || E <- Items])}, {"tail", enc(Tail)}]);
enc(T) when is_tuple(T) -> json_obj([{"tuple", json_arr([enc(E) || E <- tuple_to_list(T)])}]);
enc(M) when is_map(M) -> json_obj([{"map", json_arr([json_arr([enc(K), enc(V)]) || {K, V} <- maps:to_list(M)])}]);
enc(B) when is_bitstring(B) ->
    Bits = bit_size(B), Pad = (8 - Bits rem 8) rem 8,
    Bytes = binary_to_list(<<B/bitstring, 0:Pad>>),
    json_obj([{"bits", int(Bits)}, {"bytes", json_arr([int(X) || X <- Bytes])}]);
enc(F) when is_function(F) -> {module, M} = erlang:fun_info(F, module), {name, N} = erlang:fun_info(F, name),
    {arity, A} = erlang:fun_info(F, arity),
    json_obj([{"efun", json_arr([cps(atom_to_list(M)), cps(atom_to_list(N)), int(A)])}]);
enc(P) when is_pid(P) -> <<131, 88, Rest/binary>> = term_to_binary(P),
    {Node, <<Id:32, Ser:32, Cr:32>>} = dec_node(Rest),
    json_obj([{"pid", json_arr([cps(Node), int(Id), int(Ser), int(Cr)])}]);
enc(P) when is_port(P) -> {Node, Id, Cr} = case term_to_binary(P) of
        <<131, 89, Rest/binary>> -> {N, <<I:32, C:32>>} = dec_node(Rest), {N, I, C};
        <<131, 120, Rest/binary>> -> {N, <<I:64, C:32>>} = dec_node(Rest), {N, I, C}
    end,
    json_obj([{"port", json_arr([cps(Node), int(Id), int(Cr)])}]);
enc(R) when is_reference(R) -> <<131, 90, Len:16, Rest/binary>> = term_to_binary(R),
    {Node, <<Cr:32, IdBin:(Len * 4)/binary>>} = dec_node(Rest),
    json_obj([{"ref", json_arr([cps(Node), int(Cr), json_arr([int(I) || <<I:32>> <= IdBin])])}]).

dec_node(<<118, L:16, N:L/binary, Rest/binary>>) -> {unicode:characters_to_list(N), Rest};
dec_node(<<119, L:8, N:L/binary, Rest/binary>>) -> {unicode:characters_to_list(N), Rest};
dec_node(<<100, L:16, N:L/binary, Rest/binary>>) -> {binary_to_list(N), Rest}.

split_list([H | T], Acc) -> split_list(T, [H | Acc]);
split_list(Tail, Acc) -> {lists:reverse(Acc), Tail}.

int(I) -> integer_to_list(I).
str(S) -> [$", S, $"].
cps(S) -> json_arr([int(C) || C <- S]).
atom_json(true) -> "true";
atom_json(false) -> "false".
json_arr(Items) -> [$[, lists:join(",", Items), $]].
json_obj(Fields) -> [${, lists:join(",", [[str(K), $:, V] || {K, V} <- Fields]), $}].
