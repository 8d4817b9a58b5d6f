#!/usr/bin/env escript
%% Regenerates the expected parse results from real erl:
%%   escript test/syntax/gen_expected.escript   (from the repository root)
%% data/exprs.txt: one shell input per line ("\n" inside a case stands for a newline).
%% For each input: OK <abstract format with ~w> | ERR Line:Col Message.
%% data/forms/*.erl: parsed with epp:parse_file; one line per form.
-mode(compile).

main(_) ->
    Dir = filename:dirname(escript:script_name()),
    exprs(filename:join([Dir, "data", "exprs.txt"]), filename:join([Dir, "data", "exprs.expected"])),
    Forms = filelib:wildcard(filename:join([Dir, "data", "forms", "*.erl"])),
    [forms(F) || F <- Forms],
    ok.

exprs(In, Out) ->
    {ok, Bin} = file:read_file(In),
    Lines = [L || L <- string:split(unicode:characters_to_list(Bin), "\n", all), L =/= ""],
    Results = [expr_line(unescape(L)) || L <- Lines],
    ok = file:write_file(Out, unicode:characters_to_binary(lists:join("\n", Results) ++ "\n")).

unescape("\\n" ++ Rest) -> [$\n | unescape(Rest)];
unescape([C | Rest]) -> [C | unescape(Rest)];
unescape([]) -> [].

expr_line(Text) ->
    case erl_scan:string(Text, {1, 1}) of
        {ok, Toks, _} ->
            case erl_parse:parse_exprs(Toks) of
                {ok, Es} -> io_lib:format("OK ~w", [Es]);
                {error, {Loc, Mod, Desc}} -> err(Loc, Mod, Desc)
            end;
        {error, {Loc, Mod, Desc}, _} -> err(Loc, Mod, Desc)
    end.

err({L, C}, Mod, Desc) ->
    io_lib:format("ERR ~w:~w ~ts", [L, C, Mod:format_error(Desc)]).

forms(File) ->
    {ok, Forms} = epp:parse_file(File, [{includes, [filename:dirname(File)]}, {location, {1, 1}}]),
    Lines = [form_line(F) || F <- Forms],
    ok = file:write_file(File ++ ".expected",
                         unicode:characters_to_binary(lists:join("\n", Lines) ++ "\n")).

form_line({error, {Loc, Mod, Desc}}) ->
    {L, C} = case Loc of {_, _} -> Loc; _ -> {Loc, 0} end,
    io_lib:format("ERR ~w:~w ~ts", [L, C, Mod:format_error(Desc)]);
form_line({warning, {{L, C}, Mod, Desc}}) ->
    io_lib:format("WARN ~w:~w ~ts", [L, C, Mod:format_error(Desc)]);
form_line({function, _, _, _, _} = F) -> io_lib:format("~w", [F]);
form_line({attribute, _, file, {Name, _}}) -> io_lib:format("FILE ~ts", [filename:basename(Name)]);
form_line({attribute, A, Name, _} = F) when Name =:= spec; Name =:= type; Name =:= callback; Name =:= opaque ->
    io_lib:format("ATTR ~w ~w", [A, element(3, F)]);
form_line({attribute, A, record, {Name, Fields}}) ->
    io_lib:format("RECORD ~w ~w ~w", [A, Name, [untype(F) || F <- Fields]]);
form_line({attribute, _, _, _} = F) -> io_lib:format("~w", [F]);
form_line({eof, _}) -> "EOF".

untype({typed_record_field, F, _}) -> F;
untype(F) -> F.
