%% filename: file name handling for Unix, written in Erlang. Where a stack
%% trace can show it (a clause that does not match, a call that fails
%% inside), functions keep OTP's names, clause shapes and, through -file,
%% its line numbers, so a failure reads as erl's does:
%%   no function clause matching filename:do_flatten(0,[]) (filename.erl, line 832)
%% Only Unix is handled: erlts runs its nodes as unix.
-module(filename).
-export([absname/1, absname/2, absname_join/2, basename/1, basename/2,
         dirname/1, extension/1, join/1, join/2, append/2, pathtype/1,
         rootname/1, rootname/2, split/1, nativename/1, flatten/1,
         basedir/2, basedir/3, validate/1]).

-file("filename.erl", 102).
absname(Name) ->
    {ok, Cwd} = file:get_cwd(),
    absname(Name, Cwd).




absname(Name, AbsBase) when is_binary(Name), is_list(AbsBase) ->
    absname(Name, filename_string_to_binary(AbsBase));
absname(Name, AbsBase) when is_list(Name), is_binary(AbsBase) ->
    absname(filename_string_to_binary(Name), AbsBase);
absname(Name, AbsBase) ->
    case pathtype(Name) of
        relative -> absname_join(AbsBase, Name);
        %% Flattened first, or join/1 would put slashes between the parts.
        absolute -> join([flatten(Name)])
    end.













































absname_join(AbsBase, Name) ->
    join(AbsBase, flatten(Name)).












basename(Name) when is_binary(Name) ->
    basenameb(Name);

%% Not a binary: a flat name, or anything flatten/1 takes.




basename(Name0) ->
    Name = flatten(Name0),
    basename1(Name, Name).

%% The last non-empty part between slashes.
basenameb(Bin) ->
    case [P || P <- binary:split(Bin, <<"/">>, [global]), P =/= <<>>] of
        [] -> <<>>;
        Parts -> lists:last(Parts)
    end.

%% Tail is what follows the last slash seen; a trailing slash is dropped.
basename1([$/], Tail0) ->
    [_ | Tail] = lists:reverse(Tail0),
    lists:reverse(Tail);
basename1([$/ | Rest], _Tail) ->
    basename1(Rest, Rest);
basename1([Char | Rest], Tail) when is_integer(Char) ->
    basename1(Rest, Tail);
basename1([], Tail) ->
    Tail.





































basename(Name, Ext) when is_binary(Name), is_list(Ext) ->
    basename(Name, filename_string_to_binary(Ext));
basename(Name, Ext) when is_list(Name), is_binary(Ext) ->
    basename(filename_string_to_binary(Name), Ext);
basename(Name, Ext) when is_binary(Name), is_binary(Ext) ->
    Base = basename(Name),
    case byte_size(Base) - byte_size(Ext) of
        Keep when Keep < 0 ->
            Base;
        Keep ->
            case Base of
                <<Part:Keep/binary, Ext/binary>> -> Part;
                _ -> Base
            end
    end;







basename(Name0, Ext0) ->
    Name = flatten(Name0),
    Ext = flatten(Ext0),
    basename(Name, Ext, []).

%% Tail holds the current part, reversed; the extension goes when the name ends with it.
basename(Ext, Ext, Tail) ->
    lists:reverse(Tail);
basename([$/], Ext, Tail) ->
    basename([], Ext, Tail);
basename([$/ | Rest], Ext, _Tail) ->
    basename(Rest, Ext, []);
basename([Char | Rest], Ext, Tail) when is_integer(Char) ->
    basename(Rest, Ext, [Char | Tail]);
basename([], _Ext, Tail) ->
    lists:reverse(Tail).











dirname(Name) when is_binary(Name) ->
    Parts0 = binary:split(Name, <<"/">>, [global]),
    Parts = lists:reverse(strip_empty(tl(lists:reverse(Parts0)))),
    Prefix = case Parts of
                 [] -> <<".">>;
                 _ -> <<>>
             end,
    dirjoin(Parts, Prefix);

%% Dir is the directory so far and File the part after it, both reversed.























dirname(Name0) ->
    Name = flatten(Name0),
    dirname(Name, [], [], separators()).

dirname([$/ | Rest], Dir, File, Seps) ->
    dirname(Rest, File ++ Dir, [$/], Seps);
dirname([Char | Rest], Dir, File, Seps) when is_integer(Char) ->
    dirname(Rest, Dir, [Char | File], Seps);
dirname([], [], File, _Seps) ->
    case lists:reverse(File) of
        [$/ | _] -> [$/];
        _ -> "."
    end;
dirname([], [$/ | Rest], File, Seps) ->
    dirname([], Rest, File, Seps);
dirname([], Dir, _, _) ->
    lists:reverse(Dir).

%% Empty parts before the last are repeated slashes.
strip_empty([<<>>, X | Y]) -> strip_empty([X | Y]);
strip_empty(A) -> A.

dirjoin([<<>> | T], Acc) -> dirjoin1(T, <<Acc/binary, "/">>);
dirjoin(Parts, Acc) -> dirjoin1(Parts, Acc).

dirjoin1([], Acc) -> Acc;
dirjoin1([One], Acc) -> <<Acc/binary, One/binary>>;
dirjoin1([H | T], Acc) -> dirjoin(T, <<Acc/binary, H/binary, "/">>).
































extension(Name) when is_binary(Name) ->
    case binary:matches(Name, <<".">>) of
        [] ->
            <<>>;
        Dots ->
            case lists:last(Dots) of
                {0, _} ->
                    <<>>;
                {Pos, _} ->
                    <<_:(Pos - 1)/binary, Part/binary>> = Name,
                    case binary:match(Part, <<"/">>) of
                        nomatch ->
                            <<_:Pos/binary, Result/binary>> = Name,
                            Result;
                        _ ->
                            <<>>
                    end
            end
    end;

%% A leading slash stands for the start of a part: ".bashrc" has no extension.






extension(Name0) ->
    Name = flatten(Name0),
    extension([$/ | Name], []).

extension([$. | Rest] = Result, _Result) ->
    extension(Rest, Result);
extension([$/, $. | Rest], _Result) ->
    extension(Rest, []);
extension([Char | Rest], []) when is_integer(Char) ->
    extension(Rest, []);
extension([$/ | Rest], _Result) ->
    extension(Rest, []);
extension([Char | Rest], Result) when is_integer(Char) ->
    extension(Rest, Result);
extension([], Result) ->
    Result.









join([Name1, Name2 | Rest]) ->
    join([join(Name1, Name2) | Rest]);
join([Name]) when is_list(Name) ->
    join1(Name, [], [], unix);
join([Name]) when is_binary(Name) ->
    join1b(Name, <<>>, [], unix);
join([Name]) when is_atom(Name) ->
    join([atom_to_list(Name)]).






join(Name1, Name2) when is_list(Name1), is_list(Name2) ->
    case pathtype(Name2) of
        relative -> join1(Name1, Name2, [], unix);
        _Other -> join1(Name2, [], [], unix)
    end;
join(Name1, Name2) when is_binary(Name1), is_list(Name2) ->
    join(Name1, filename_string_to_binary(Name2));
join(Name1, Name2) when is_list(Name1), is_binary(Name2) ->
    join(filename_string_to_binary(Name1), Name2);
join(Name1, Name2) when is_binary(Name1), is_binary(Name2) ->
    case pathtype(Name2) of
        relative -> join1b(Name1, Name2, [], unix);
        _Other -> join1b(Name2, <<>>, [], unix)
    end;
join(Name1, Name2) when is_atom(Name1) ->
    join(atom_to_list(Name1), Name2);
join(Name1, Name2) when is_atom(Name2) ->
    join(Name1, atom_to_list(Name2)).

%% Result is reversed; "/./" and "//" collapse as the names are copied.






join1([$/ | Rest], RelativeName, [$., $/ | Result], OsType) ->
    join1(Rest, RelativeName, [$/ | Result], OsType);
join1([$/ | Rest], RelativeName, [$/ | Result], OsType) ->
    join1(Rest, RelativeName, [$/ | Result], OsType);
join1([], [], Result, OsType) ->
    maybe_remove_dirsep(Result, OsType);
join1([], RelativeName, [$/ | Result], OsType) ->
    join1(RelativeName, [], [$/ | Result], OsType);
join1([], RelativeName, [$., $/ | Result], OsType) ->
    join1(RelativeName, [], [$/ | Result], OsType);
join1([], RelativeName, Result, OsType) ->
    join1(RelativeName, [], [$/ | Result], OsType);
join1([[_ | _] = List | Rest], RelativeName, Result, OsType) ->
    join1(List ++ Rest, RelativeName, Result, OsType);
join1([[] | Rest], RelativeName, Result, OsType) ->
    join1(Rest, RelativeName, Result, OsType);
join1([Char | Rest], RelativeName, Result, OsType) when is_integer(Char) ->
    join1(Rest, RelativeName, [Char | Result], OsType);
join1([Atom | Rest], RelativeName, Result, OsType) when is_atom(Atom) ->
    join1(atom_to_list(Atom) ++ Rest, RelativeName, Result, OsType).

join1b(<<$/, Rest/binary>>, RelativeName, [$., $/ | Result], OsType) ->
    join1b(Rest, RelativeName, [$/ | Result], OsType);
join1b(<<$/, Rest/binary>>, RelativeName, [$/ | Result], OsType) ->
    join1b(Rest, RelativeName, [$/ | Result], OsType);
join1b(<<>>, <<>>, Result, OsType) ->
    list_to_binary(maybe_remove_dirsep(Result, OsType));
join1b(<<>>, RelativeName, [$/ | Result], OsType) ->
    join1b(RelativeName, <<>>, [$/ | Result], OsType);
join1b(<<>>, RelativeName, [$., $/ | Result], OsType) ->
    join1b(RelativeName, <<>>, [$/ | Result], OsType);
join1b(<<>>, RelativeName, Result, OsType) ->
    join1b(RelativeName, <<>>, [$/ | Result], OsType);
join1b(<<Char, Rest/binary>>, RelativeName, Result, OsType) when is_integer(Char) ->
    join1b(Rest, RelativeName, [Char | Result], OsType).

%% A trailing slash goes, unless it is the root.
maybe_remove_dirsep([$/], _) -> [$/];
maybe_remove_dirsep([$/ | Name], _) -> lists:reverse(Name);
maybe_remove_dirsep(Name, _) -> lists:reverse(Name).




































append(Dir, Name) when is_binary(Dir), is_binary(Name) ->
    <<Dir/binary, $/:8, Name/binary>>;
append(Dir, Name) when is_binary(Dir) ->
    append(Dir, filename_string_to_binary(Name));
append(Dir, Name) when is_binary(Name) ->
    append(filename_string_to_binary(Dir), Name);
append(Dir, Name) ->
    Dir ++ [$/ | Name].















pathtype(Atom) when is_atom(Atom) ->
    pathtype(atom_to_list(Atom));
pathtype(Name) when is_list(Name) or is_binary(Name) ->
    unix_pathtype(Name).

unix_pathtype(<<$/, _/binary>>) -> absolute;
unix_pathtype([$/ | _]) -> absolute;
unix_pathtype([List | Rest]) when is_list(List) -> unix_pathtype(List ++ Rest);
unix_pathtype([Atom | Rest]) when is_atom(Atom) -> unix_pathtype(atom_to_list(Atom) ++ Rest);
unix_pathtype(_) -> relative.














































rootname(Name) when is_binary(Name) ->
    list_to_binary(rootname(binary_to_list(Name)));
rootname(Name0) ->
    Name = flatten(Name0),
    rootname(Name, [], [], unix).

rootname([$/ | Rest], Root, Ext, OsType) ->
    rootname(Rest, [$/] ++ Ext ++ Root, [], OsType);
rootname([$. | Rest], [$/ | _] = Root, [], OsType) ->
    rootname(Rest, [$. | Root], [], OsType);
rootname([$. | Rest], Root, Ext, OsType) ->
    rootname(Rest, Ext ++ Root, ".", OsType);
rootname([Char | Rest], Root, [], OsType) when is_integer(Char) ->
    rootname(Rest, [Char | Root], [], OsType);
rootname([Char | Rest], Root, Ext, OsType) when is_integer(Char) ->
    rootname(Rest, Root, [Char | Ext], OsType);
rootname([], Root, _Ext, _OsType) ->
    lists:reverse(Root).













rootname(Name, Ext) when is_binary(Name), is_binary(Ext) ->
    list_to_binary(rootname(binary_to_list(Name), binary_to_list(Ext)));
rootname(Name, Ext) when is_binary(Name) ->
    rootname(Name, filename_string_to_binary(Ext));
rootname(Name, Ext) when is_binary(Ext) ->
    rootname(filename_string_to_binary(Name), Ext);
rootname(Name0, Ext0) ->
    Name = flatten(Name0),
    Ext = flatten(Ext0),
    rootname2(Name, Ext, [], unix).

rootname2(Ext, Ext, [$/ | _] = Result, _OsType) ->
    lists:reverse(Result, Ext);
rootname2(Ext, Ext, Result, _OsType) ->
    lists:reverse(Result);
rootname2([], _Ext, Result, _OsType) ->
    lists:reverse(Result);
rootname2([Char | Rest], Ext, Result, OsType) when is_integer(Char) ->
    rootname2(Rest, Ext, [Char | Result], OsType).













split(Name) when is_binary(Name) ->
    case binary:split(Name, <<"/">>, [global]) of
        [<<>> | Rest] when Rest =/= [] -> [<<"/">> | [X || X <- Rest, X =/= <<>>]];
        L -> [X || X <- L, X =/= <<>>]
    end;

split(Name0) ->
    Name = flatten(Name0),
    split(Name, [], unix).

split([$/ | Rest], Components, OsType) ->
    split(Rest, [], [[$/] | Components], OsType);
split(RelativeName, Components, OsType) ->
    split(RelativeName, [], Components, OsType).

split([$/ | Rest], [], Components, OsType) ->
    split(Rest, [], Components, OsType);
split([$/ | Rest], Comp, Components, OsType) ->
    split(Rest, [], [lists:reverse(Comp) | Components], OsType);
split([Char | Rest], Comp, Components, OsType) when is_integer(Char) ->
    split(Rest, [Char | Comp], Components, OsType);
split([], [], Components, _OsType) ->
    lists:reverse(Components);
split([], Comp, Components, OsType) ->
    split([], [], [lists:reverse(Comp) | Components], OsType).










































































nativename(Name0) ->
    Name = join([Name0]),
    case separators() of
        {false, _} -> Name
    end.

%% Unix has no directory separator but the slash, and no drive letters.
separators() ->
    {false, false}.






















flatten(Bin) when is_binary(Bin) ->
    Bin;
flatten(List) ->
    do_flatten(List, []).

do_flatten([H | T], Tail) when is_list(H) ->
    do_flatten(H, do_flatten(T, Tail));
do_flatten([H | T], Tail) when is_atom(H) ->
    atom_to_list(H) ++ do_flatten(T, Tail);
do_flatten([H | T], Tail) ->
    [H | do_flatten(T, Tail)];
do_flatten([], Tail) ->
    Tail;
do_flatten(Atom, Tail) when is_atom(Atom) ->
    atom_to_list(Atom) ++ flatten(Tail).

filename_string_to_binary(List) ->
    case unicode:characters_to_binary(flatten(List), unicode, file:native_name_encoding()) of
        {error, _, _} -> erlang:error(badarg);
        Bin when is_binary(Bin) -> Bin
    end.

basedir(Type, Application) when is_atom(Type), is_list(Application) orelse is_binary(Application) ->
    basedir(Type, Application, #{}).

%% The XDG base directories (Linux), or a darwin layout when asked for.
basedir(Type, Application, Opts) when is_atom(Type), is_map(Opts), is_list(Application) orelse is_binary(Application) ->
    Os = case Opts of
             #{os := O} when O =:= linux; O =:= darwin; O =:= windows -> O;
             _ -> basedir_os()
         end,
    Name = case Opts of
               #{version := Vsn} when Os =/= windows -> join([Application, Vsn]);
               #{author := Author, version := Vsn} -> join([Author, Application, Vsn]);
               #{author := Author} when Os =:= windows -> join([Author, Application]);
               _ -> Application
           end,
    Base = basedir_from_os(Type, Os),
    case {Type, Os} of
        {user_log, linux} -> join([Base, Name, "log"]);
        {user_log, windows} -> join([Base, Name, "Logs"]);
        {user_cache, windows} -> join([Base, Name, "Cache"]);
        {_, _} when Type =:= site_config; Type =:= site_data -> [join([B, Name]) || B <- Base];
        _ -> join([Base, Name])
    end.

basedir_os() ->
    case os:type() of
        {unix, darwin} -> darwin;
        {win32, _} -> windows;
        _ -> linux
    end.

basedir_from_os(Type, linux) ->
    case Type of
        user_data -> basedir_env("XDG_DATA_HOME", ".local/share", true);
        user_config -> basedir_env("XDG_CONFIG_HOME", ".config", true);
        user_cache -> basedir_env("XDG_CACHE_HOME", ".cache", true);
        user_log -> basedir_env("XDG_CACHE_HOME", ".cache", true);
        site_data -> string:lexemes(basedir_env("XDG_DATA_DIRS", "/usr/local/share/:/usr/share/", false), ":");
        site_config -> string:lexemes(basedir_env("XDG_CONFIG_DIRS", "/etc/xdg", false), ":")
    end;
basedir_from_os(Type, darwin) ->
    case Type of
        user_data -> basedir_home("Library/Application Support");
        user_config -> basedir_home("Library/Application Support");
        user_cache -> basedir_home("Library/Caches");
        user_log -> basedir_home("Library/Logs");
        site_data -> ["/Library/Application Support"];
        site_config -> ["/Library/Application Support"]
    end;
basedir_from_os(Type, windows) ->
    case Type of
        user_config -> basedir_home("Roaming");
        site_data -> [];
        site_config -> [];
        _ -> basedir_home("Local")
    end.

basedir_env(Key, Default, UnderHome) ->
    case os:getenv(Key) of
        Value when is_list(Value), Value =/= "" -> Value;
        _ when UnderHome -> basedir_home(Default);
        _ -> Default
    end.

basedir_home(Path) ->
    case os:getenv("HOME") of
        false -> {ok, Cwd} = file:get_cwd(), join(Cwd, Path);
        Home -> join(Home, Path)
    end.































































































































validate(FileName) when is_binary(FileName) ->
    validate_bin(FileName);
validate(FileName) when is_list(FileName); is_atom(FileName) ->
    validate_list(FileName, file:native_name_encoding()).

%% A name is valid when it has at least one character and no NUL, and in a
%% utf8 system no character that is no code point.
validate_list(FileName, Enc) ->
    try validate_list(FileName, Enc, 0) > 0
    catch _:_ -> false
    end.

validate_list([], _Enc, Chars) -> Chars;
validate_list(C, Enc, Chars) when is_integer(C) ->
    validate_char(C, Enc),
    Chars + 1;
validate_list(A, Enc, Chars) when is_atom(A) ->
    validate_list(atom_to_list(A), Enc, Chars);
validate_list([H | T], Enc, Chars) ->
    validate_list(T, Enc, validate_list(H, Enc, Chars)).

validate_char(C, _) when C < 1 -> throw(invalid);
validate_char(C, latin1) when C > 255 -> throw(invalid);
validate_char(C, utf8) when C >= 16#110000 -> throw(invalid);
validate_char(C, utf8) when 16#D800 =< C, C =< 16#DFFF -> throw(invalid);
validate_char(_, _) -> ok.

validate_bin(Bin) ->
    try validate_bin(Bin, 0) > 0
    catch _:_ -> false
    end.

validate_bin(<<>>, Bs) -> Bs;
validate_bin(<<0, _/binary>>, _) -> throw(invalid);
validate_bin(<<_, Rest/binary>>, Bs) -> validate_bin(Rest, Bs + 1).
