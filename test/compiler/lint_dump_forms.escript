#!/usr/bin/env escript
%% Prints the forms epp:parse_file/2 returns for a module as JSON, so the
%% lint tests can run on exactly the abstract format real erl produces.
%% Atoms are {"a":Name}, tuples {"t":[...]}, floats {"f":X}, lists arrays.
main([File]) ->
    {ok, Forms} = epp:parse_file(File, [{location, {1,1}}]),
    io:put_chars(unicode:characters_to_binary([enc([fmt(F) || F <- Forms]), "\n"])).

%% Diagnostics in the form list carry their message text, not a descriptor.
fmt({Kind, {Loc, Mod, Desc}}) when Kind =:= error; Kind =:= warning ->
    {Kind, {Loc, Mod, lists:flatten(Mod:format_error(Desc))}};
fmt(F) -> F.

enc(T) when is_atom(T) -> ["{\"a\":", str(atom_to_list(T)), "}"];
enc(T) when is_integer(T), abs(T) < 9007199254740991 -> integer_to_list(T);
enc(T) when is_integer(T) -> ["{\"i\":\"", integer_to_list(T), "\"}"];
enc(T) when is_float(T) -> ["{\"f\":", io_lib:format("~p", [T]), "}"];
enc(T) when is_list(T) -> enc_list(T);
enc(T) when is_tuple(T) -> ["{\"t\":", enc_list(tuple_to_list(T)), "}"];
enc(T) when is_binary(T) -> ["{\"b\":", str(binary_to_list(T)), "}"];
enc(_) -> "null".

enc_list(L) ->
    case is_proper(L) of
        true -> ["[", lists:join(",", [enc(X) || X <- L]), "]"];
        false -> "null"
    end.

is_proper([]) -> true;
is_proper([_|T]) -> is_proper(T);
is_proper(_) -> false.

str(S) -> ["\"", [esc(C) || C <- S], "\""].
esc($") -> "\\\"";
esc($\\) -> "\\\\";
esc(C) when C < 32 -> io_lib:format("\\u~4.16.0b", [C]);
esc(C) -> [C].
