%% The part of io_lib written in Erlang: quoting atoms, strings and
%% characters, and the format-list functions. The VM merges this module with
%% the natives of src/bifs/io_lib (format/2, write/1, print/4...).
%%
%% These functions fail as OTP 25's do, from inside their helpers: a bad
%% string fails in write_string1/3, a bad character in string_char/4, a
%% non-atom in atom_to_list/1 called from write_possibly_quoted_atom/2. So
%% each has OTP's clause shape and, through -file, the source line erl's
%% stack traces name.

-module(io_lib).

-export([write_atom/1, write_atom_as_latin1/1, quote_atom/2,
         write_string/1, write_string/2, write_unicode_string/1,
         write_latin1_string/1, write_latin1_string/2,
         write_string_as_latin1/1, write_string_as_latin1/2,
         write_char/1, write_unicode_char/1, write_latin1_char/1,
         write_char_as_latin1/1,
         scan_format/2, unscan_format/1, build_text/1, build_text/2,
         chars_length/1]).

%% ---- format lists --------------------------------------------------------

%% Any failure of the scan is badarg naming scan_format/2 and its arguments.
-file("io_lib.erl", 209).
scan_format(Format, Args) ->
    try io_lib_format:scan(Format, Args)
    catch
        _:_ ->
            %% (OTP checks here that its format modules are loaded.)
            erlang:error(badarg, [Format, Args])
    end.

-file("io_lib.erl", 222).
unscan_format(FormatList) ->
    io_lib_format:unscan(FormatList).

%% Building text is formatting the format list turned back into a format.
-file("io_lib.erl", 228).
build_text(FormatList) ->
    try io_lib_format:build(FormatList)
    catch
        _:_ ->
            %% (OTP checks here that its format modules are loaded.)
            erlang:error(badarg, [FormatList])
    end.

-file("io_lib.erl", 242).
build_text(FormatList, Options) ->
    try io_lib_format:build(FormatList, Options)
    catch
        _:_ ->
            %% (OTP checks here that its format modules are loaded.)
            erlang:error(badarg, [FormatList, Options])
    end.

%% ---- atoms ---------------------------------------------------------------

-file("io_lib.erl", 482).
write_atom(Atom) ->
    write_possibly_quoted_atom(Atom, fun write_string/2).

-file("io_lib.erl", 488).
write_atom_as_latin1(Atom) ->
    write_possibly_quoted_atom(Atom, fun write_string_as_latin1/2).

-file("io_lib.erl", 491).
write_possibly_quoted_atom(Atom, QuoteFun) ->
    Chars = atom_to_list(Atom),
    case quote_atom(Atom, Chars) of
        true -> QuoteFun(Chars, $');
        false -> Chars
    end.

%% Reserved words and names not starting with a lower-case letter need
%% quotes; so does any character that is not a name character.
-file("io_lib.erl", 506).
quote_atom(Atom, Chars) ->
    case erl_scan:reserved_word(Atom) of
        true -> true;
        false ->
            case Chars of
                [C | Cs] when C >= $a, C =< $z -> not name_chars(Cs);
                [C | Cs] when C >= 223, C =< 255, C =/= 247 -> not name_chars(Cs);
                _ -> true
            end
    end.

-file("io_lib.erl", 519).
name_chars([C | Cs]) ->
    case name_char(C) of
        true -> name_chars(Cs);
        false -> false
    end;
name_chars([]) -> true.

-file("io_lib.erl", 526).
name_char(C) when C >= $a, C =< $z -> true;
name_char(C) when C >= 223, C =< 255, C =/= 247 -> true;
name_char(C) when C >= $A, C =< $Z -> true;
name_char(C) when C >= 192, C =< 222, C =/= 215 -> true;
name_char(C) when C >= $0, C =< $9 -> true;
name_char($_) -> true;
name_char($@) -> true;
name_char(_) -> false.

%% ---- strings -------------------------------------------------------------
%% Three encodings: latin1 (the input is Latin-1), unicode_as_unicode (code
%% points >= 160 stay as they are), unicode_as_latin1 (those above 255 are
%% written \x{...}). Control characters are escaped in all three.

-file("io_lib.erl", 546).
write_string(S) ->
    write_string(S, $").

-file("io_lib.erl", 551).
write_string(S, Q) ->
    [Q | write_string1(unicode_as_unicode, S, Q)].

-file("io_lib.erl", 555).
write_unicode_string(S) ->
    write_string(S).

-file("io_lib.erl", 561).
write_latin1_string(S) ->
    write_latin1_string(S, $").

-file("io_lib.erl", 566).
write_latin1_string(S, Q) ->
    [Q | write_string1(latin1, S, Q)].

-file("io_lib.erl", 572).
write_string_as_latin1(S) ->
    write_string_as_latin1(S, $").

-file("io_lib.erl", 577).
write_string_as_latin1(S, Q) ->
    [Q | write_string1(unicode_as_latin1, S, Q)].

-file("io_lib.erl", 580).
write_string1(_Enc, [], Q) ->
    [Q];
write_string1(Enc, [C | Cs], Q) ->
    string_char(Enc, C, Q, write_string1(Enc, Cs, Q)).

-file("io_lib.erl", 585).
string_char(_, Q, Q, Tail) -> [$\\, Q | Tail];
string_char(_, $\\, _, Tail) -> [$\\, $\\ | Tail];
string_char(_, C, _, Tail) when C >= $\s, C =< $~ ->
    [C | Tail];
string_char(latin1, C, _, Tail) when C >= 160, C =< 255 ->
    [C | Tail];
string_char(unicode_as_unicode, C, _, Tail) when C >= 160 ->
    [C | Tail];
string_char(unicode_as_latin1, C, _, Tail) when C >= 160, C =< 255 ->
    [C | Tail];
string_char(unicode_as_latin1, C, _, Tail) when C >= 255 ->
    "\\x{" ++ erlang:integer_to_list(C, 16) ++ "}" ++ Tail;
string_char(_, $\n, _, Tail) -> [$\\, $n | Tail];
string_char(_, $\r, _, Tail) -> [$\\, $r | Tail];
string_char(_, $\t, _, Tail) -> [$\\, $t | Tail];
string_char(_, $\v, _, Tail) -> [$\\, $v | Tail];
string_char(_, $\b, _, Tail) -> [$\\, $b | Tail];
string_char(_, $\f, _, Tail) -> [$\\, $f | Tail];
string_char(_, $\e, _, Tail) -> [$\\, $e | Tail];
string_char(_, $\d, _, Tail) -> [$\\, $d | Tail];
string_char(_, C, _, Tail) when C < 160 ->
    %% Any other control character: three octal digits.
    [$\\, (C bsr 6) + $0, ((C bsr 3) band 7) + $0, (C band 7) + $0 | Tail].

%% ---- characters ----------------------------------------------------------

-file("io_lib.erl", 623).
write_char($\s) -> "$\\s";
write_char(C) when is_integer(C), C >= 0 ->
    [$$ | string_char(unicode_as_unicode, C, -1, [])].

-file("io_lib.erl", 628).
write_unicode_char(C) ->
    write_char(C).

-file("io_lib.erl", 634).
write_latin1_char(C) when is_integer(C), C >= 0, C =< 255 ->
    [$$ | string_char(latin1, C, -1, [])].

-file("io_lib.erl", 640).
write_char_as_latin1(C) when is_integer(C), C >= 0 ->
    [$$ | string_char(unicode_as_latin1, C, -1, [])].

%% An iolist's size, else the number of grapheme clusters (string:length/1
%% then fails on what is not chardata, with its frames).
-file("io_lib.erl", 1127).
chars_length(S) ->
    try iolist_size(S)
    catch
        _:_ ->
            string:length(S)
    end.
