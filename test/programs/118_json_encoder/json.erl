-module(json).
-export([main/0, encode/1]).

%% A small JSON encoder over maps, lists, binaries, numbers and atoms.
encode(true) -> "true";
encode(false) -> "false";
encode(null) -> "null";
encode(N) when is_integer(N) -> integer_to_list(N);
encode(F) when is_float(F) -> float_to_list(F, [{decimals, 6}, compact]);
encode(B) when is_binary(B) -> string(binary_to_list(B));
encode(A) when is_atom(A) -> string(atom_to_list(A));
encode(L) when is_list(L) -> "[" ++ lists:join(",", [encode(X) || X <- L]) ++ "]";
encode(M) when is_map(M) ->
    Pairs = [[encode(K), ":", encode(V)] || {K, V} <- lists:sort(maps:to_list(M))],
    "{" ++ lists:join(",", Pairs) ++ "}".

string(S) -> [$", [escape(C) || C <- S], $"].

escape($") -> "\\\"";
escape($\\) -> "\\\\";
escape($\n) -> "\\n";
escape(C) -> C.

main() ->
    Doc = #{name => <<"erlts">>, version => 1.5, tags => [<<"erlang">>, <<"node">>], stable => false,
            deps => [], meta => #{quote => <<"say \"hi\"\n">>, count => 3, nothing => null}},
    io:format("~s~n", [lists:flatten(encode(Doc))]),
    io:format("~s~n", [lists:flatten(encode([1, 2.25, [], #{}]))]).
