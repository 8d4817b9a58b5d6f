#!/usr/bin/env escript
%% -*- erlang -*-
%%! -noshell
%%
%% Writes the inputs of the generated differential suite (run by gen.sh with
%% real erl, which then records erl's output next to them).
%%
%% The calls: every exported function of the modules below, called with
%% arguments built from its -spec (read from the module's abstract code;
%% the specs of `erlang`, whose beam carries none, are written out below),
%% then with one argument at a time swapped for an edge value (empty,
%% negative, huge, unicode, improper, wrong type); and every operator with
%% every pair of term kinds. Each candidate is first evaluated here in a
%% sandboxed process: calls that do not finish within a second, grow past a
%% heap limit, print more than a few kilobytes, answer with a pid, ref or
%% port, or answer differently on a second run are left out, so the golden
%% data holds only deterministic answers.
%%
%% Three settings, each in batches (one erl process per batch):
%%   shell/NNN.in     piped to `erl`; the transcript is split at the prompts
%%   module/dm_NNN.erl  a module whose main/0 runs each call under `catch`
%%                    and under try ... catch C:R:St printing the stack trace
%%   eval/NNN.eval    one `erl -noshell -eval` argument running `catch Call`
%% NNN.ids lists `ID<TAB>expression` in the order the batch runs them.

-mode(compile).

-define(SHELL_BATCH, 400).
-define(MODULE_BATCH, 200).
-define(EVAL_BATCH, 200).

modules() ->
    [erlang, lists, maps, string, proplists, io_lib, binary, unicode, ets,
     math, timer, filename, queue, sets, dict, gb_trees, gb_sets, orddict,
     ordsets, array, base64, file].

%% Functions left out: effects on the node or the file system, time,
%% randomness, unique values, or answers that depend on where erl runs.
skip(filename, F) -> lists:member(F, [absname, absname_join, basedir, find_src, find_file, safe_relative_path]);
skip(timer, F) -> not lists:member(F, [seconds, minutes, hours, hms]);
skip(file, F) -> not lists:member(F, [native_name_encoding, format_error]);
skip(ets, F) -> lists:member(F, [i, all, module_info, tab2file, file2tab, tabfile_info, give_away, setopts,
                                  repair_continuation, init_table, to_dets, from_dets, test_ms, fun2ms,
                                  table, internal_select_delete, internal_delete_all]);
%% Exported for OTP's own use, not documented: what they do is no contract.
skip(lists, F) -> lists:member(F, [rmerge, rmerge3, rumerge, rumerge3, rkeymerge, rukeymerge, zf]);
skip(io_lib, F) -> lists:member(F, [fread, format_prompt, collect_chars, collect_line, get_until, build_text,
                                     indentation, write_binary, limit_term]);
skip(unicode, F) -> lists:member(F, [characters_to_binary_int, characters_to_list_int, bin_is_7bit]);
skip(erlang, F) -> lists:member(F, [append, subtract]);
skip(_, module_info) -> true;
skip(_, _) -> false.

%% erlang's specs (its beam has no abstract code): the pure BIFs only.
erlang_specs() ->
    "-spec abs(number()) -> number().
     -spec append_element(tuple(), term()) -> tuple().
     -spec atom_to_binary(atom()) -> binary().
     -spec atom_to_binary(atom(), latin1 | utf8 | unicode) -> binary().
     -spec atom_to_list(atom()) -> string().
     -spec binary_part(binary(), non_neg_integer(), integer()) -> binary().
     -spec binary_to_atom(binary()) -> atom().
     -spec binary_to_atom(binary(), latin1 | utf8) -> atom().
     -spec binary_to_existing_atom(binary(), latin1 | utf8) -> atom().
     -spec binary_to_float(binary()) -> float().
     -spec binary_to_integer(binary()) -> integer().
     -spec binary_to_integer(binary(), 2..36) -> integer().
     -spec binary_to_list(binary()) -> [byte()].
     -spec binary_to_list(binary(), pos_integer(), pos_integer()) -> [byte()].
     -spec binary_to_term(binary()) -> term().
     -spec bit_size(bitstring()) -> non_neg_integer().
     -spec bitstring_to_list(bitstring()) -> list().
     -spec byte_size(bitstring()) -> non_neg_integer().
     -spec ceil(number()) -> integer().
     -spec delete_element(pos_integer(), tuple()) -> tuple().
     -spec element(pos_integer(), tuple()) -> term().
     -spec error(term()) -> no_return().
     -spec error(term(), [term()]) -> no_return().
     -spec exit(term()) -> no_return().
     -spec throw(term()) -> no_return().
     -spec float(number()) -> float().
     -spec float_to_binary(float()) -> binary().
     -spec float_to_binary(float(), [{decimals, 0..20} | {scientific, 0..20} | compact | short]) -> binary().
     -spec float_to_list(float()) -> string().
     -spec float_to_list(float(), [{decimals, 0..20} | {scientific, 0..20} | compact | short]) -> string().
     -spec floor(number()) -> integer().
     -spec hd(nonempty_list()) -> term().
     -spec tl(nonempty_list()) -> term().
     -spec insert_element(pos_integer(), tuple(), term()) -> tuple().
     -spec integer_to_binary(integer()) -> binary().
     -spec integer_to_binary(integer(), 2..36) -> binary().
     -spec integer_to_list(integer()) -> string().
     -spec integer_to_list(integer(), 2..36) -> string().
     -spec iolist_size(iodata()) -> non_neg_integer().
     -spec iolist_to_binary(iodata()) -> binary().
     -spec is_atom(term()) -> boolean().
     -spec is_binary(term()) -> boolean().
     -spec is_bitstring(term()) -> boolean().
     -spec is_boolean(term()) -> boolean().
     -spec is_float(term()) -> boolean().
     -spec is_function(term()) -> boolean().
     -spec is_function(term(), arity()) -> boolean().
     -spec is_integer(term()) -> boolean().
     -spec is_list(term()) -> boolean().
     -spec is_map(term()) -> boolean().
     -spec is_map_key(term(), map()) -> boolean().
     -spec is_number(term()) -> boolean().
     -spec is_pid(term()) -> boolean().
     -spec is_record(term(), atom()) -> boolean().
     -spec is_record(term(), atom(), non_neg_integer()) -> boolean().
     -spec is_reference(term()) -> boolean().
     -spec is_tuple(term()) -> boolean().
     -spec length(list()) -> non_neg_integer().
     -spec list_to_atom(string()) -> atom().
     -spec list_to_binary(iolist()) -> binary().
     -spec list_to_bitstring(iolist()) -> bitstring().
     -spec list_to_existing_atom(string()) -> atom().
     -spec list_to_float(string()) -> float().
     -spec list_to_integer(string()) -> integer().
     -spec list_to_integer(string(), 2..36) -> integer().
     -spec list_to_tuple(list()) -> tuple().
     -spec make_fun(atom(), atom(), arity()) -> function().
     -spec make_tuple(non_neg_integer(), term()) -> tuple().
     -spec make_tuple(non_neg_integer(), term(), [{pos_integer(), term()}]) -> tuple().
     -spec map_get(term(), map()) -> term().
     -spec map_size(map()) -> non_neg_integer().
     -spec max(term(), term()) -> term().
     -spec min(term(), term()) -> term().
     -spec 'not'(boolean()) -> boolean().
     -spec phash2(term()) -> non_neg_integer().
     -spec phash2(term(), pos_integer()) -> non_neg_integer().
     -spec round(number()) -> integer().
     -spec setelement(pos_integer(), tuple(), term()) -> tuple().
     -spec size(tuple() | binary()) -> non_neg_integer().
     -spec split_binary(binary(), non_neg_integer()) -> {binary(), binary()}.
     -spec term_to_binary(term()) -> binary().
     -spec term_to_binary(term(), [compressed | {minor_version, 0..2}]) -> binary().
     -spec trunc(number()) -> integer().
     -spec tuple_size(tuple()) -> non_neg_integer().
     -spec tuple_to_list(tuple()) -> list().
     -spec crc32(iodata()) -> non_neg_integer().
     -spec crc32(non_neg_integer(), iodata()) -> non_neg_integer().
     -spec adler32(iodata()) -> non_neg_integer().
     -spec md5(iodata()) -> binary().
     -spec external_size(term()) -> non_neg_integer().
     -spec is_builtin(atom(), atom(), arity()) -> boolean().
     -spec append(list(), term()) -> list().
     -spec subtract(list(), list()) -> list().
     -spec decode_packet(raw | line | 1 | 2 | 4 | asn1, binary(), [term()]) -> term().
     -spec convert_time_unit(integer(), second | millisecond | native | 1000, second | millisecond | microsecond) -> integer().
     -spec send(atom() | {atom(), node()}, term()) -> term().
     -spec apply(function(), list()) -> term().
     -spec apply(module(), atom(), list()) -> term().
     -spec atom_to_list(atom()) -> string().
     -spec list_to_pid(string()) -> pid().
     -spec bnot(integer()) -> integer().
     -spec band(integer(), integer()) -> integer().
     -spec 'div'(integer(), integer()) -> integer().
     -spec 'rem'(integer(), integer()) -> integer().
     -spec '+'(number(), number()) -> number().
     -spec '=='(term(), term()) -> boolean().
     -spec '++'(list(), term()) -> term().
     -spec 'and'(boolean(), boolean()) -> boolean().
    ".

%% ---- entry ---------------------------------------------------------------

main([OutDir]) ->
    Calls0 = lists:append([module_calls(M) || M <- modules()]) ++ operator_calls() ++ ets_calls(),
    io:format(standard_error, "~p candidate calls~n", [length(Calls0)]),
    Calls = keep_deterministic(Calls0),
    io:format(standard_error, "~p calls kept~n", [length(Calls)]),
    write_settings(OutDir, Calls);
main(_) ->
    io:format(standard_error, "usage: gen_calls.escript OUTDIR~n", []),
    halt(1).

%% ---- calls from specs ----------------------------------------------------

module_calls(M) ->
    {Types, Specs} = case M of
                         erlang -> {#{}, parse_specs(erlang_specs())};
                         _ -> mod_forms(M)
                     end,
    put({types, M}, Types),
    Exports = lists:usort(M:module_info(exports)),
    lists:append([function_calls(M, F, A, maps:get({F, A}, Specs, none))
                  || {F, A} <- Exports, not skip(M, F),
                     M =/= erlang orelse maps:is_key({F, A}, Specs)]).

parse_specs(Text) ->
    {ok, Toks, _} = erl_scan:string(Text),
    Forms = split_forms(Toks, [], []),
    maps:from_list([{{N, A}, Cl} || Ts <- Forms,
                                    {ok, {attribute, _, spec, {{N, A}, Cl}}} <- [erl_parse:parse_form(Ts)]]).

split_forms([], [], Acc) -> lists:reverse(Acc);
split_forms([{dot, _} = D | T], Cur, Acc) -> split_forms(T, [], [lists:reverse([D | Cur]) | Acc]);
split_forms([Tok | T], Cur, Acc) -> split_forms(T, [Tok | Cur], Acc).

mod_forms(M) ->
    case get({forms, M}) of
        undefined ->
            R = case beam_lib:chunks(code:which(M), [abstract_code]) of
                    {ok, {_, [{abstract_code, {raw_abstract_v1, Forms}}]}} ->
                        {maps:from_list([{{N, length(Ps)}, {Ps, Def}}
                                         || {attribute, _, K, {N, Def, Ps}} <- Forms,
                                            K =:= type orelse K =:= opaque]),
                         maps:from_list([{{N, A}, Cl} || {attribute, _, spec, {{N, A}, Cl}} <- Forms])};
                    _ -> {#{}, #{}}
                end,
            put({forms, M}, R),
            R;
        R -> R
    end.

function_calls(M, F, 0, _) ->
    [{id(M, F, 0, 1), call(M, F, [])}];
function_calls(M, F, A, Spec) ->
    Clauses = case Spec of
                  none -> [{type, 0, 'fun', [{type, 0, product, lists:duplicate(A, {type, 0, term, []})}, {type, 0, term, []}]}];
                  _ -> Spec
              end,
    Typed = lists:usort(lists:append([clause_args(M, C) || C <- Clauses])),
    TypedPick = spread(Typed, 8),
    Base = case TypedPick of [B | _] -> B; [] -> lists:duplicate(A, "a") end,
    Edges = [setnth(I, Base, E) || I <- lists:seq(1, A), E <- edge_pick(M, F, I)],
    All = dedup(TypedPick ++ Edges),
    [{id(M, F, A, K), call(M, F, Args)} || {K, Args} <- lists:zip(lists:seq(1, length(All)), All)].

clause_args(M, {type, _, bounded_fun, [{type, _, 'fun', [{type, _, product, Args}, _]}, Cons]}) ->
    Env = #{mod => M, cons => maps:from_list([{V, T} || {type, _, constraint, [_, [{var, _, V}, T]]} <- Cons]), depth => 0},
    combos([vals(T, Env) || T <- Args]);
clause_args(M, {type, _, 'fun', [{type, _, product, Args}, _]}) ->
    Env = #{mod => M, cons => #{}, depth => 0},
    combos([vals(T, Env) || T <- Args]);
clause_args(_, _) -> [].

combos([]) -> [[]];
combos([Vs | Rest]) ->
    Tails = combos(Rest),
    lists:sublist([[V | T] || V <- take(3, Vs), T <- Tails], 40).

call(erlang, F, Args) ->
    case erl_internal:bif(F, length(Args)) of
        true -> io_lib:format("~w(~s)", [F, lists:join(", ", Args)]);
        false -> io_lib:format("erlang:~w(~s)", [F, lists:join(", ", Args)])
    end;
call(M, F, Args) -> io_lib:format("~w:~w(~s)", [M, F, lists:join(", ", Args)]).

id(M, F, A, K) -> lists:flatten(io_lib:format("~s.~s.~w.~w", [safe(M), safe(F), A, K])).

safe(A) -> [case C of $\s -> $_; $\t -> $_; _ -> C end || C <- atom_to_list(A)].

%% ---- values of a type, as source text -------------------------------------

-define(HUGE, "1180591620717411303424").

edge_values() ->
    ["[]", "-1", ?HUGE, "-1.5", "\"h\\x{e9}llo\"", "\"\\x{65e5}\\x{672c}\"", "[a|b]", "x",
     "<<1,2>>", "<<1:3>>", "{a,b}", "#{a => 1}", "fun(X) -> X end", "[1,[2,<<3>>]]", "0",
     "<<\"h\\x{e9}llo\"/utf8>>", "'\\x{e9}t\\x{e9}'", "100000000000000000000.0", "[-1]", "\"\""].

%% Six edge values per argument, a different six for each function.
edge_pick(M, F, I) ->
    Es = edge_values(),
    N = length(Es),
    Start = erlang:phash2({M, F, I}, N),
    [lists:nth((Start + K * 3) rem N + 1, Es) || K <- lists:seq(0, 5)].

vals(_, #{depth := D}) when D > 4 -> ["a"];
vals(T, Env) ->
    case take(4, dedup(v(T, Env#{depth := maps:get(depth, Env) + 1}))) of
        [] -> ["a"];
        Vs -> Vs
    end.

v({ann_type, _, [_, T]}, E) -> v(T, E);
v({paren_type, _, [T]}, E) -> v(T, E);
v({atom, _, A}, _) -> [fmt("~w", [A])];
v({integer, _, I}, _) -> [int(I)];
v({char, _, C}, _) -> [int(C)];
v({op, _, '-', {integer, _, I}}, _) -> [int(-I)];
v({op, _, _, _} = Op, _) -> [int(const(Op))];
v({op, _, _, _, _} = Op, _) -> [int(const(Op))];
v({var, _, '_'}, _) -> any();
v({var, _, N}, #{cons := C} = E) ->
    case maps:find(N, C) of
        {ok, T} -> v(T, E#{cons := maps:remove(N, C)});
        error -> any()
    end;
v({type, _, union, Ts}, E) ->
    interleave([vals(T, E) || T <- Ts]);
v({type, _, range, [L, H]}, _) ->
    lists:usort([int(const(L)), int(const(H))]);
v({type, _, Name, Args}, E) -> builtin(Name, Args, E);
v({user_type, _, N, Args}, #{mod := M} = E) ->
    {Types, _} = types_of(M),
    case maps:find({N, length(Args)}, Types) of
        {ok, {_, Def}} -> vals(Def, E);
        error -> any()
    end;
v({remote_type, _, [{atom, _, M}, {atom, _, N}, Args]}, E) ->
    {Types, _} = types_of(M),
    case maps:find({N, length(Args)}, Types) of
        {ok, {_, Def}} -> vals(Def, E#{mod := M});
        error -> any()
    end;
v(_, _) -> any().

types_of(erlang) -> {#{}, #{}};
types_of(M) ->
    case code:which(M) of
        non_existing -> {#{}, #{}};
        _ -> mod_forms(M)
    end.

const({integer, _, I}) -> I;
const({char, _, C}) -> C;
const({op, _, '-', X}) -> -const(X);
const({op, _, Op, X, Y}) -> erlang:Op(const(X), const(Y));
const(_) -> 0.

any() -> ["a", "42", "[1,2]", "{x,y}"].

builtin(integer, _, _) -> ["7", "0", "-3"];
builtin(non_neg_integer, _, _) -> ["0", "5"];
builtin(pos_integer, _, _) -> ["1", "3"];
builtin(neg_integer, _, _) -> ["-2"];
builtin(float, _, _) -> ["2.5", "-0.5"];
builtin(number, _, _) -> ["3", "1.5"];
builtin(atom, _, _) -> ["a", "'B c'"];
builtin(module, _, _) -> ["lists"];
builtin(node, _, _) -> ["nonode@nohost"];
builtin(boolean, _, _) -> ["true", "false"];
builtin(byte, _, _) -> ["0", "255"];
builtin(char, _, _) -> ["97", "233", "128512"];
builtin(arity, _, _) -> ["0", "2"];
builtin(binary, _, _) -> ["<<\"abc\">>", "<<>>", "<<1,2,3>>"];
builtin(nonempty_binary, _, _) -> ["<<\"abc\">>"];
builtin(bitstring, _, _) -> ["<<\"ab\">>", "<<1:3>>"];
builtin(nonempty_bitstring, _, _) -> ["<<1:3>>"];
builtin(list, [], _) -> ["[1,2,3]", "[]", "[a,b]"];
builtin(list, [T], E) -> list_of(vals(T, E), true);
builtin(nonempty_list, [], _) -> ["[1,2]"];
builtin(nonempty_list, [T], E) -> list_of(vals(T, E), false);
builtin(maybe_improper_list, [], _) -> ["[1,2]", "[]"];
builtin(maybe_improper_list, [T, _], E) -> list_of(vals(T, E), true);
builtin(nonempty_maybe_improper_list, [], _) -> ["[1,2]"];
builtin(nonempty_maybe_improper_list, [T, _], E) -> list_of(vals(T, E), false);
builtin(nonempty_improper_list, [T, _], E) -> list_of(vals(T, E), false);
builtin(string, _, _) -> ["\"abc\"", "\"\"", "\"h\\x{e9}llo w\"", "\"a\\x{3b1}\\x{3b2}\""];
builtin(nonempty_string, _, _) -> ["\"abc\""];
builtin(tuple, any, _) -> ["{a,1}", "{}"];
builtin(tuple, Ts, E) -> ["{" ++ lists:join(",", [hd(vals(T, E)) || T <- Ts]) ++ "}"];
builtin(map, any, _) -> ["#{a => 1,b => 2}", "#{}"];
builtin(map, [], _) -> ["#{}"];
builtin(map, [{type, _, _, [K, V]} | _], E) ->
    ["#{}", "#{" ++ hd(vals(K, E)) ++ " => " ++ hd(vals(V, E)) ++ "}",
     "#{" ++ lists:last(vals(K, E)) ++ " => " ++ lists:last(vals(V, E)) ++ "}"];
builtin(term, _, _) -> any();
builtin(any, _, _) -> any();
builtin(nil, _, _) -> ["[]"];
builtin(iodata, _, _) -> ["<<\"ab\">>", "[\"ab\",<<\"cd\">>,10]"];
builtin(iolist, _, _) -> ["[\"ab\",<<\"cd\">>,10]", "[]"];
builtin(timeout, _, _) -> ["0", "infinity"];
builtin(mfa, _, _) -> ["{lists,reverse,1}"];
builtin(no_return, _, _) -> [];
builtin(none, _, _) -> [];
builtin(pid, _, _) -> ["self()"];
builtin(identifier, _, _) -> ["self()"];
builtin(function, _, _) -> ["fun erlang:abs/1"];
builtin('fun', [{type, _, product, Args}, Ret], _) -> funs(length(Args), Ret);
builtin('fun', _, _) -> ["fun(X) -> X end"];
builtin(_, _, _) -> any().

list_of(Vs, AllowEmpty) ->
    ["[" ++ lists:join(",", take(3, Vs)) ++ "]", "[" ++ hd(Vs) ++ "]"] ++
        ["[]" || AllowEmpty].

funs(N, Ret) ->
    Vars = ["X", "Y", "Z", "W"],
    Ps = lists:join(", ", lists:sublist(Vars, N)),
    Pred = is_bool_type(Ret),
    Typed = case {N, Pred} of
                {0, _} -> "fun() -> ok end";
                {1, true} -> "fun(X) -> X > 1 end";
                {2, true} -> "fun(X, Y) -> X =< Y end";
                {1, false} -> "fun(X) -> {X} end";
                {2, false} -> "fun(X, Y) -> [X|Y] end";
                {_, _} -> "fun(" ++ Ps ++ ") -> {" ++ Ps ++ "} end"
            end,
    Crash = case N of
                0 -> "fun() -> error(boom) end";
                _ -> "fun(" ++ lists:join(", ", ["X" | ["_" ++ V || V <- lists:sublist(tl(Vars), N - 1)]]) ++ ") -> X + 1 end"
            end,
    [Typed, Crash].

is_bool_type({type, _, boolean, []}) -> true;
is_bool_type({type, _, union, Ts}) -> lists:any(fun is_bool_type/1, Ts);
is_bool_type({atom, _, true}) -> true;
is_bool_type({ann_type, _, [_, T]}) -> is_bool_type(T);
is_bool_type(_) -> false.

%% ---- operators -----------------------------------------------------------

kinds() ->
    [{int, "7"}, {neg, "-3"}, {zero, "0"}, {big, ?HUGE}, {float, "2.5"}, {atom, "you"},
     {true, "true"}, {nil, "[]"}, {list, "[1,2]"}, {string, "\"ab\""}, {improper, "[a|b]"},
     {tuple, "{1,2}"}, {map, "#{a => 1}"}, {bin, "<<1,2>>"}, {bits, "<<1:3>>"},
     {'fun', "fun erlang:abs/1"}].

binary_ops() ->
    ['+', '-', '*', '/', 'div', 'rem', 'band', 'bor', 'bxor', 'bsl', 'bsr',
     '==', '/=', '=:=', '=/=', '<', '>', '=<', '>=',
     'and', 'or', 'xor', 'andalso', 'orelse', '++', '--'].

operator_calls() ->
    Ks = kinds(),
    [{op_id(Op, KA, KB), fmt("~s ~s ~s", [A, Op, B])} || Op <- binary_ops(), {KA, A} <- Ks, {KB, B} <- Ks] ++
        [{op_id(Op, K, none), fmt("~s ~s", [Op, paren(Op, A)])} || Op <- ['-', '+', 'bnot', 'not'], {K, A} <- Ks] ++
        [{op_id('!', K, atom), fmt("~s ! hello", [A])} || {K, A} <- Ks, K =/= 'fun'].

paren(_, A) -> "(" ++ A ++ ")".

op_id(Op, A, none) -> fmt("op.~s.~s", [Op, A]);
op_id(Op, A, B) -> fmt("op.~s.~s.~s", [Op, A, B]).

%% ---- ets, on a table each call makes itself -------------------------------

ets_calls() ->
    Types = ["set", "ordered_set", "bag", "duplicate_bag"],
    Ops = [
        "ets:lookup(T, a)", "ets:lookup(T, zz)", "ets:insert(T, {c,3})", "ets:insert(T, [{c,3},{a,9}])",
        "ets:insert(T, c)", "ets:insert_new(T, {a,0})", "ets:member(T, b)", "ets:lookup_element(T, a, 2)",
        "ets:lookup_element(T, a, 3)", "ets:lookup_element(T, zz, 2)", "ets:delete(T, a)",
        "ets:delete_object(T, {a,1})", "ets:first(T)", "ets:last(T)", "ets:next(T, a)", "ets:prev(T, b)",
        "ets:next(T, zz)", "ets:update_counter(T, a, 1)", "ets:update_counter(T, zz, 1)",
        "ets:update_counter(T, zz, 1, {zz,0})", "ets:update_element(T, a, {2,x})",
        "ets:update_element(T, a, {1,x})", "ets:match(T, {'$1','_'})", "ets:match_object(T, {'_',2})",
        "ets:select(T, [{{'$1','$2'},[{'>','$2',1}],['$1']}])", "ets:select_count(T, [{{'_','$2'},[],[true]}])",
        "ets:match_delete(T, {a,'_'})", "ets:take(T, a)", "ets:info(T, size)", "ets:info(T, type)",
        "ets:info(T, keypos)", "ets:info(T, bogus)", "ets:foldl(fun({K,_}, A) -> [K|A] end, [], T)",
        "ets:select_delete(T, [{{'_',2},[],[true]}])", "ets:tab2list(T)", "ets:slot(T, 0)",
        "ets:lookup(T, 1.0)", "ets:insert(T, {})", "ets:update_counter(T, a, {2, 5})",
        "ets:match(T, {'$1','$1'})", "ets:select(T, bad)", "ets:select(T, [{{'$1','_'},[],['$1']}], 1)",
        "ets:delete_all_objects(T)", "ets:rename(T, renamed)"],
    [{fmt("ets.tab.~s.~w", [Ty, K]),
      fmt("begin T~s = ets:new(t, [~s]), ets:insert(T~s, [{a,1},{b,2},{a,3}]), R~s = ~s, ets:delete(T~s), R~s end",
          [Suf, Ty, Suf, Suf, re:replace(Op, "\\bT\\b", "T" ++ Suf, [global, {return, list}]), Suf, Suf])}
     || {Ty, TI} <- lists:zip(Types, lists:seq(1, length(Types))),
        {Op, K} <- lists:zip(Ops, lists:seq(1, length(Ops))),
        Suf <- [fmt("~w_~w", [TI, K])]].

%% ---- the sandbox ----------------------------------------------------------

keep_deterministic(Calls) ->
    [{Id, E} || {Id, E0} <- Calls, E <- [lists:flatten(E0)], stable(E)].

stable(E) ->
    case probe(E) of
        {ok, Text} -> probe(E) =:= {ok, Text};
        _ -> false
    end.

probe(E) ->
    case erl_scan:string(E ++ ".") of
        {ok, Toks, _} ->
            case erl_parse:parse_exprs(Toks) of
                {ok, Es} -> run(Es);
                _ -> bad
            end;
        _ -> bad
    end.

run(Es) ->
    Self = self(),
    {Pid, Ref} = spawn_monitor(
                   fun() ->
                           process_flag(max_heap_size, #{size => 3000000, kill => true, error_logger => false}),
                           group_leader(whereis(init), self()),
                           R = (catch erl_eval:exprs(Es, [])),
                           Self ! {self(), R}
                   end),
    receive
        {Pid, R} ->
            erlang:demonitor(Ref, [flush]),
            Value = case R of {value, V, _} -> V; Other -> Other end,
            Text = lists:flatten(io_lib:format("~p", [Value])),
            case length(Text) < 3000 andalso not opaque(Value) of
                true -> {ok, Text};
                false -> bad
            end;
        {'DOWN', Ref, _, _, _} -> bad
    after 1000 ->
            exit(Pid, kill),
            receive {'DOWN', Ref, _, _, _} -> ok end,
            bad
    end.

%% Pids, refs and ports differ from run to run and from erl to erlts.
opaque(T) when is_pid(T); is_reference(T); is_port(T) -> true;
opaque([H | T]) -> opaque(H) orelse opaque(T);
opaque(T) when is_tuple(T) -> opaque(tuple_to_list(T));
opaque(T) when is_map(T) -> opaque(maps:to_list(T));
opaque(_) -> false.

%% ---- writing the batches --------------------------------------------------

write_settings(Dir, Calls) ->
    [ok = filelib:ensure_dir(filename:join([Dir, S, "x"])) || S <- ["shell", "module", "eval"]],
    Shell = chunks(Calls, ?SHELL_BATCH),
    [write_shell(Dir, N, B) || {N, B} <- numbered(Shell)],
    %% Every fourth call runs in a module under catch, every eighth also
    %% under try (the stack traces make these answers long).
    Mods = chunks([C || C <- every(4, 1, Calls), not record_test(C)], ?MODULE_BATCH),
    [write_module(Dir, N, B) || {N, B} <- numbered(Mods)],
    %% Every eighth under -eval.
    Evals = chunks([C || C <- every(8, 3, Calls), not record_test(C)], ?EVAL_BATCH),
    [write_eval(Dir, N, B) || {N, B} <- numbered(Evals)],
    ok.

%% is_record/2,3 with a literal record name that is not defined stops the
%% compiler and erl_eval before anything runs, so only the shell (where
%% each expression stands alone) gets these.
record_test({Id, _}) -> lists:prefix("erlang.is_record.", Id).

write_shell(Dir, N, Batch) ->
    Base = filename:join([Dir, "shell", fmt("~3..0w", [N])]),
    write(Base ++ ".in", [[E, ".\n"] || {_, E} <- Batch]),
    write(Base ++ ".ids", [[Id, "\t", E, "\n"] || {Id, E} <- Batch]).

write_module(Dir, N, Batch) ->
    Mod = fmt("dm_~3..0w", [N]),
    Base = filename:join([Dir, "module", Mod]),
    Numbered = lists:zip(lists:seq(1, length(Batch)), Batch),
    Cases = lists:append([[{fmt("c~w", [K]), catch_case, Id, E}]
                          ++ [{fmt("t~w", [K]), try_case, Id, E} || K rem 2 =:= 1]
                          || {K, {Id, E}} <- Numbered]),
    Src = [fmt("-module(~s).~n-export([main/0]).~n-compile(nowarn_failed).~n~n", [Mod]),
           "main() ->\n",
           lists:join(",\n", [["    ", F, "()"] || {F, _, _, _} <- Cases]), ".\n\n",
           [case Kind of
                catch_case ->
                    [F, "() ->\n    io:put_chars(\"#c ", Id, "\\n\"),\n",
                     "    io:format(\"~p~n\", [catch ", E, "]).\n\n"];
                try_case ->
                    [F, "() ->\n    io:put_chars(\"#t ", Id, "\\n\"),\n",
                     "    try ", E, " of\n        V -> io:format(\"~p~n\", [{ok, V}])\n",
                     "    catch\n        C:R:St -> io:format(\"~p~n\", [{C, R, St}])\n    end.\n\n"]
            end || {F, Kind, Id, E} <- Cases]],
    write(Base ++ ".erl", Src),
    write(Base ++ ".ids", [[case Kind of catch_case -> "c "; try_case -> "t " end, Id, "\t", E, "\n"]
                           || {_, Kind, Id, E} <- Cases]).

write_eval(Dir, N, Batch) ->
    Base = filename:join([Dir, "eval", fmt("~3..0w", [N])]),
    Body = [["io:put_chars(\"#c ", Id, "\\n\"), io:format(\"~p~n\", [catch ", E, "]),\n"] || {Id, E} <- Batch],
    write(Base ++ ".eval", [Body, "halt().\n"]),
    write(Base ++ ".ids", [["c ", Id, "\t", E, "\n"] || {Id, E} <- Batch]).

write(File, IoList) ->
    ok = file:write_file(File, unicode:characters_to_binary(IoList)).

%% ---- small helpers --------------------------------------------------------

fmt(F, A) -> lists:flatten(io_lib:format(F, A)).
int(I) -> integer_to_list(I).
take(N, L) -> lists:sublist(L, N).
setnth(I, L, V) -> lists:sublist(L, I - 1) ++ [V] ++ lists:nthtail(I, L).
numbered(L) -> lists:zip(lists:seq(1, length(L)), L).
every(N, Off, L) -> [X || {K, X} <- numbered(L), K rem N =:= Off].

dedup(L) -> dedup(L, #{}).
dedup([], _) -> [];
dedup([H | T], Seen) ->
    case maps:is_key(H, Seen) of
        true -> dedup(T, Seen);
        false -> [H | dedup(T, Seen#{H => true})]
    end.

%% Up to N elements spread over the list, first and last included.
spread(L, N) when length(L) =< N -> L;
spread(L, N) ->
    Len = length(L),
    [lists:nth(1 + (K * (Len - 1)) div (N - 1), L) || K <- lists:seq(0, N - 1)].

%% Round-robin over lists of values, so each alternative of a union shows.
interleave(Ls) ->
    case [L || L <- Ls, L =/= []] of
        [] -> [];
        NonEmpty -> [hd(L) || L <- NonEmpty] ++ interleave([tl(L) || L <- NonEmpty])
    end.

chunks([], _) -> [];
chunks(L, N) when length(L) =< N -> [L];
chunks(L, N) -> {H, T} = lists:split(N, L), [H | chunks(T, N)].
