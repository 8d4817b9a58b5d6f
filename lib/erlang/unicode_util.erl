%% unicode_util: the code point and grapheme cluster stepping the string
%% module is built on. Each call takes one code point (cp/1) or one
%% grapheme cluster (gc/1) off the front of any chardata and returns it
%% consed onto the rest, the rest left as unflattened as it can stay.
%%
%% Bad chardata fails as in OTP 25, inside cp/1 or cpl/2 called from gc/1 or
%% gc_1/1, and string's stack traces show those frames; so the stepping
%% functions have OTP's clause shapes and, through -file, its lines. The
%% Unicode tables are native (src/bifs/unicode_util.ts): case mappings,
%% normal forms and which code point continues a cluster (UAX #29 as
%% Intl.Segmenter implements it).

-module(unicode_util).

-export([cp/1, gc/1, nfd/1, nfc/1, nfkd/1, nfkc/1, whitespace/0, is_whitespace/1,
         uppercase/1, lowercase/1, titlecase/1, casefold/1, spec_version/0, get_case/1]).

-file("unicode_util.erl", 23).
get_case(CP) ->
    #{upper => unicode_util:case_map(CP, upper), lower => unicode_util:case_map(CP, lower),
      title => unicode_util:case_map(CP, title), fold => unicode_util:case_map(CP, fold)}.

-file("unicode_util.erl", 29).
spec_version() -> {14, 0}.

%% The case functions map the first code point and leave the rest as it is.
-file("unicode_util.erl", 36).
uppercase(Str0) ->
    case cp(Str0) of
        [CP | Str] -> [unicode_util:case_map(CP, upper) | Str];
        [] -> [];
        {error, Err} -> error({badarg, Err})
    end.

-file("unicode_util.erl", 48).
lowercase(Str0) ->
    case cp(Str0) of
        [CP | Str] -> [unicode_util:case_map(CP, lower) | Str];
        [] -> [];
        {error, Err} -> error({badarg, Err})
    end.

-file("unicode_util.erl", 60).
titlecase(Str0) ->
    case cp(Str0) of
        [CP | Str] -> [unicode_util:case_map(CP, title) | Str];
        [] -> [];
        {error, Err} -> error({badarg, Err})
    end.

-file("unicode_util.erl", 72).
casefold(Str0) ->
    case cp(Str0) of
        [CP | Str] -> [unicode_util:case_map(CP, fold) | Str];
        [] -> [];
        {error, Err} -> error({badarg, Err})
    end.

%% The normal forms work a grapheme cluster at a time; ASCII stays as it is
%% (Latin-1 too for nfc).
-file("unicode_util.erl", 84).
nfd(Str0) ->
    case gc(Str0) of
        [GC | R] when GC < 128 -> [GC | R];
        [GC | Str] -> [unicode_util:normal_gc(GC, nfd) | Str];
        [] -> [];
        {error, _} = Error -> Error
    end.

-file("unicode_util.erl", 93).
nfkd(Str0) ->
    case gc(Str0) of
        [GC | R] when GC < 128 -> [GC | R];
        [GC | Str] -> [unicode_util:normal_gc(GC, nfkd) | Str];
        [] -> [];
        {error, _} = Error -> Error
    end.

-file("unicode_util.erl", 102).
nfc(Str0) ->
    case gc(Str0) of
        [GC | R] when GC < 256 -> [GC | R];
        [GC | Str] -> [unicode_util:normal_gc(GC, nfc) | Str];
        [] -> [];
        {error, _} = Error -> Error
    end.

-file("unicode_util.erl", 111).
nfkc(Str0) ->
    case gc(Str0) of
        [GC | R] when GC < 128 -> [GC | R];
        [GC | Str] -> [unicode_util:normal_gc(GC, nfkc) | Str];
        [] -> [];
        {error, _} = Error -> Error
    end.

-file("unicode_util.erl", 274).
whitespace() -> [[13, 10], 9, 10, 11, 12, 13, 32, 133, 8206, 8207, 8232, 8233].

-file("unicode_util.erl", 277).
is_whitespace([13, 10]) -> true;
is_whitespace(C) when C =:= 9; C =:= 10; C =:= 11; C =:= 12; C =:= 13; C =:= 32;
                      C =:= 133; C =:= 8206; C =:= 8207; C =:= 8232; C =:= 8233 -> true;
is_whitespace(_) -> false.

%% ---- code points -----------------------------------------------------------
%% A list's first element may itself be chardata: cpl/2 digs into it with
%% the rest kept aside, and the cpl_cont* functions look ahead up to three
%% code points so the common flat case stays cheap.

-file("unicode_util.erl", 292).
cp([C | _] = L) when is_integer(C) -> L;
cp([List]) -> cp(List);
cp([List | R]) -> cpl(List, R);
cp([]) -> [];
cp(<<C/utf8, R/binary>>) -> [C | R];
cp(<<>>) -> [];
cp(<<R/binary>>) -> {error, R}.

-file("unicode_util.erl", 300).
cpl([C], R) when is_integer(C) -> [C | cpl_1_cont(R)];
cpl([C | T], R) when is_integer(C) -> [C | cpl_cont(T, R)];
cpl([List], R) -> cpl(List, R);
cpl([List | T], R) -> cpl(List, [T | R]);
cpl([], R) -> cp(R);
cpl(<<C/utf8, T/binary>>, R) -> [C, T | R];
cpl(<<>>, R) -> cp(R);
cpl(<<B/binary>>, R) -> {error, [B | R]}.

-file("unicode_util.erl", 311).
cpl_cont([C | T], R) when is_integer(C) -> [C | cpl_cont2(T, R)];
cpl_cont([L], R) -> cpl_cont(L, R);
cpl_cont([L | T], R) -> cpl_cont(L, [T | R]);
cpl_cont([], R) -> cpl_1_cont(R);
cpl_cont(T, R) -> [T | R].

-file("unicode_util.erl", 317).
cpl_cont2([C | T], R) when is_integer(C) -> [C | cpl_cont3(T, R)];
cpl_cont2([L], R) -> cpl_cont2(L, R);
cpl_cont2([L | T], R) -> cpl_cont2(L, [T | R]);
cpl_cont2([], R) -> cpl_1_cont2(R);
cpl_cont2(T, R) -> [T | R].

-file("unicode_util.erl", 323).
cpl_cont3([C], R) when is_integer(C) -> [C | R];
cpl_cont3([C | T], R) when is_integer(C) -> [C, T | R];
cpl_cont3([L], R) -> cpl_cont3(L, R);
cpl_cont3([L | T], R) -> cpl_cont3(L, [T | R]);
cpl_cont3([], R) -> cpl_1_cont3(R);
cpl_cont3(T, R) -> [T | R].

-file("unicode_util.erl", 332).
cpl_1_cont([C | T]) when is_integer(C) -> [C | cpl_1_cont2(T)];
cpl_1_cont([L]) -> cpl_1_cont(L);
cpl_1_cont([L | T]) -> cpl_cont(L, T);
cpl_1_cont(T) -> T.

-file("unicode_util.erl", 337).
cpl_1_cont2([C | T]) when is_integer(C) -> [C | cpl_1_cont3(T)];
cpl_1_cont2([L]) -> cpl_1_cont2(L);
cpl_1_cont2([L | T]) -> cpl_cont2(L, T);
cpl_1_cont2(T) -> T.

-file("unicode_util.erl", 342).
cpl_1_cont3([C | _] = T) when is_integer(C) -> T;
cpl_1_cont3([L]) -> cpl_1_cont3(L);
cpl_1_cont3([L | T]) -> cpl_cont3(L, T);
cpl_1_cont3(T) -> T.

%% Like cp/1, but says binary_found rather than look inside a binary.
-file("unicode_util.erl", 349).
cp_no_bin([C | _] = L) when is_integer(C) -> L;
cp_no_bin([List]) -> cp_no_bin(List);
cp_no_bin([List | R]) -> cp_no_binl(List, R);
cp_no_bin([]) -> [];
cp_no_bin(_) -> binary_found.

-file("unicode_util.erl", 355).
cp_no_binl([C], R) when is_integer(C) -> [C | cpl_1_cont(R)];
cp_no_binl([C | T], R) when is_integer(C) -> [C | cpl_cont(T, R)];
cp_no_binl([List], R) -> cp_no_binl(List, R);
cp_no_binl([List | T], R) -> cp_no_binl(List, [T | R]);
cp_no_binl([], R) -> cp_no_bin(R);
cp_no_binl(_, _) -> binary_found.

%% ---- grapheme clusters -----------------------------------------------------
%% Two Latin-1 code points in a row (other than CR) are two clusters: the
%% fast paths answer without looking further.

-file("unicode_util.erl", 363).
gc([] = R) -> R;
gc([CP] = R) when is_integer(CP) -> R;
gc([$\r = CP | R0]) ->
    case cp(R0) of
        [$\n | R1] -> [[$\r, $\n] | R1];
        T -> [CP | T]
    end;
gc([CP1 | T1] = T) when CP1 < 256 ->
    case T1 of
        [CP2 | _] when CP2 < 256 -> T;
        _ ->
            case cp_no_bin(T1) of
                [CP2 | _] = T3 when CP2 < 256 -> [CP1 | T3];
                binary_found -> gc_1(T);
                T4 -> gc_1([CP1 | T4])
            end
    end;
gc(<<>>) -> [];
gc(<<CP1/utf8, Rest/binary>>) ->
    if CP1 < 256, CP1 =/= $\r ->
            case Rest of
                <<CP2/utf8, _/binary>> when CP2 < 256 ->
                    [CP1 | Rest];
                _ -> gc_1([CP1 | Rest])
            end;
       true -> gc_1([CP1 | Rest])
    end;
gc([CP | _] = T) when is_integer(CP) -> gc_1(T);
gc(Str) ->
    case cp(Str) of
        {error, _} = Error -> Error;
        CPs -> gc(CPs)
    end.

-file("unicode_util.erl", 397).
gc_1([$\r | R0] = R) ->
    case cp(R0) of
        [$\n | R1] -> [[$\r, $\n] | R1];
        _ -> R
    end;
gc_1([CP | _] = R0) when CP >= 0, CP < 32 -> R0;
gc_1([CP | _] = R0) when CP >= 127, CP < 160 -> R0;
%% (The blank lines keep the next clauses on the lines of OTP's table-driven
%% gc_1/1, which stack traces name.)



































































gc_1([CP | R] = R0) when CP < 256, CP =/= 169, CP =/= 174 ->
    case R of
        [CP2 | _] when CP2 < 256 -> R0;
        _ -> gc_extend(cp(R), R, CP)
    end;






























































































































gc_1([CP | R]) -> gc_extend(cp(R), R, CP).

%% One more code point belongs to the cluster while the tables say it
%% continues it; the rest is returned as it was before that code point.
-file("unicode_util.erl", 644).
gc_extend([CP | T], T0, CP0) ->
    case unicode_util:gc_joins([CP0], CP) of
        false -> [CP0 | T0];
        true -> gc_extend2(cp(T), T, [CP, CP0])
    end;
gc_extend([], T0, CP) -> [CP | T0];
gc_extend({error, R}, _, CP) -> [CP | R].

-file("unicode_util.erl", 652).
gc_extend2([CP | T], T0, Acc) ->
    case unicode_util:gc_joins(Acc, CP) of
        false -> [lists:reverse(Acc) | T0];
        true -> gc_extend2(cp(T), T, [CP | Acc])
    end;
gc_extend2([], T0, Acc) ->
    [lists:reverse(Acc) | T0];
gc_extend2({error, R}, _, Acc) ->
    [lists:reverse(Acc)] ++ [R].
