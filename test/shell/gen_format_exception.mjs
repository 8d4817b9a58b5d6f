// Regenerates format_exception_data.json from the real erl (the oracle):
//   node test/shell/gen_format_exception.mjs
//
// Every case is an expression that raises. The piped shell session catches it
// inside a shell fun, prints the exception term ({Class, Reason, Stack}) and the
// extended error map (what erl_erts_errors / erl_stdlib_errors say about the
// arguments) as base64 external term format, and then re-raises exactly that
// term with erlang:raise/3, so the shell's exception report that follows is
// the printout of precisely the term the test decodes. The script also
// evaluates each expression directly at the prompt and reports where that
// printout differs (only pids and refs do, as they change between runs).
//
// Sections: latin1 (piped stdin), unicode (after io:setopts), catch
// (shell:catch_exception(true)) and link (exit signals from linked processes,
// whose reasons need not carry a valid stack).

import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';

const LATIN1 = [
  // arithmetic
  '1/0', 'atom + 1', '1 div 0', '5 rem 0', '1.0 / 0.0', '-a', 'bnot a', 'a band 1', '1 bsl a', '"abc" * 2',
  '[1,2] + 1', '{lists:seq(1,40)} + 1', '1 + {lists:seq(1,40)}', 'lists:seq(1,30) - lists:seq(1,30)',
  '{lists:seq(1,25), lists:seq(1,25)} / {lists:seq(1,25), lists:seq(1,25)}', '- {lists:seq(1,40), lists:seq(1,40)}',
  'not 1', 'a and 1', '1 ! a', 'lists:map(fun(X) -> 1/X end, [1, 0])', 'lists:foldl(fun(X, A) -> X + A end, 0, [1, a])',
  '<<1>> * 3', 'self() + 1', 'make_ref() * 2',
  // matching
  '{a,b} = 2', '[X] = "ab"', '"hello" = "world"', '{a,b} = {lists:seq(1,40), lists:seq(1,40)}',
  '{a} = {lists:seq(1,60)}', '1 = [lists:seq(1,10) || _ <- lists:seq(1,10)]',
  'a = <<1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,32,33>>',
  'a = list_to_binary(lists:seq(1,200))', '{a} = #{a => 1, b => "two", c => [3]}',
  'a = lists:seq(1,1000)', 'ok = [200,201,202]', 'ok = "tab\\there"',
  // case, if, try
  'case 5 of 1 -> a end', 'case {x, y} of {y, _} -> a end', 'if 1 > 2 -> a end', 'try 1 of 2 -> two catch _:_ -> c end',
  'case lists:seq(1,50) of [] -> a end', 'try {lists:seq(1,40), lists:seq(1,40)} of x -> a after ok end',
  // function_clause
  'lists:seq(1, a)', 'lists:nth(0, [a])', 'lists:sort(1)', 'lists:nth(0, lists:seq(1,100))',
  'lists:seq(lists:seq(1,30), a)', 'F = fun(1) -> one end, F(2)', 'G = fun(X) when is_atom(X) -> X end, G("s")',
  'H = fun(a, b) -> ok end, H(lists:seq(1,30), {x})', 'lists:nth(0, "abc")', 'proplists:get_value(a, b, c)',
  'lists:foldl(a, b, c)', 'string:tokens(1, 2)', 'lists:duplicate(a, b)', 'lists:split(a, "ab")',
  'lists:seq(104, 105, 0)',
  // undef
  'foo:bar()', 'lists:nonexistent(1)', 'lists:reverse(1, 2, 3)', 'nosuchlocal(1)', 'erlang:nope()',
  '\'Foo\':\'Bar\'(1)', 'foo:bar(lists:seq(1,40))', 'M = foo, M:\'x y\'(1, 2)',
  // BIF errors with argument explanations
  'element(1, foo)', 'element(0, {a})', 'element(104, 105)', 'atom_to_list(1)', 'list_to_integer("x")',
  'binary_to_atom(1)', 'hd([])', 'tl(a)', 'length(a)', 'length([1|2])', 'list_to_atom([a])', 'integer_to_list(a)',
  'atom_to_binary(1, foo)', 'binary_part(<<1>>, 5, -9)', 'list_to_atom(lists:seq(1,300))', 'abs(a)', 'trunc(a)',
  'round("x")', 'float(a)', 'tuple_size(a)', 'setelement(5, {a}, b)', 'erlang:make_tuple(-1, a)',
  'iolist_to_binary([256])', 'binary_to_term(<<1>>)', 'foo ! x', 'erlang:send(foo, x)', 'spawn(1)',
  'ets:lookup(nosuch, a)', 'list_to_tuple(a)', 'string:uppercase(1)', 'lists:reverse(a)', 'lists:reverse([1,2|3])',
  'lists:map(fun(X) -> X end, 3)', 'maps:get(z, #{a => 1})', 'maps:get(a, 1)', 'maps:update(z, 1, #{a => 1})',
  'maps:put(a, 1, foo)', 'M = #{a => 1}, M#{b := 1}', 'X = 1, X#{a => 1}', 'maps:from_list(a)',
  'element(1, lists:seq(1,40))', 'element(a, {lists:seq(1,40), lists:seq(1,40)})',
  'io:format("~x~n", [1])', 'io:format("~p~n")', 'io:format("~d~n", [1])', 'io:format("~s~n", [1])', 'io:format(123)',
  'erlang:atom_to_binary(1, latin1)', 'list_to_binary([a])', 'binary_to_list(a)', 'atom_length(1)',
  'erlang:list_to_pid("x")', 'erlang:unique_integer([foo])', 'register(1, self())', 'unregister(nosuch)',
  'whereis(1)', 'process_flag(foo, bar)', 'erlang:phash2(1, 0)', 'erlang:system_info(nosuch)',
  'apply(lists, reverse, a)', 'apply(1, 2, [])', 'erlang:binary_to_integer(<<"12x">>)',
  'float_to_list(1.0, [foo])', 'unicode:characters_to_list(a)', 'string:slice(a, b)', 'lists:last([])',
  'lists:max([])', 'lists:sum([a])', 'maps:keys(a)', 'maps:merge(a, #{})', 'maps:with(a, #{})',
  'atom_to_list(lists:seq(1,10))', 'ets:new(a, [foo])', 'erlang:monitor(foo, self())', 'link(a)',
  'exit(self(), foo, bar)', 'binary:part(<<1,2>>, 3, 1)', 'lists:keyfind(a, 0, [])',
  'erlang:error(badarg, [1, 2])', 'erlang:error(badarg, none)',
  // badfun, badarity
  'G = 3, G(1)', 'F = fun(X) -> X end, F(1, 2)', 'F = fun(X) -> X end, F()', '(fun() -> ok end)(1)',
  'Atom = foo, Atom()', '(fun lists:reverse/1)(1, 2)', '(fun lists:reverse/1)()', 'F = fun(_,_,_,_) -> ok end, F(1)',
  'F = {lists:seq(1,40), lists:seq(1,40)}, F(1)', 'F = fun erlang:element/2, F(1,2,3)', 'X = "str", X()',
  // other errors
  '[X || X <- a]', '<< X || X <- a >>', 'receive after a -> ok end',
  'Y = 1, Y#r.a', 'erlang:list_to_existing_atom("no_such_atom_xyz")',
  // error/exit/throw with plain reasons
  'throw(my_ball)', 'error(my_error)', 'exit(my_exit)', 'erlang:error({custom, 1})', 'throw({complex, [1, 2], "str"})',
  'erlang:raise(error, foo, [])', 'erlang:raise(throw, bar, [])', 'exit(normal)', 'throw(lists:seq(1,60))',
  'exit({a, lists:seq(1,60)})', 'error({lists:seq(1,40), lists:seq(1,40)})', 'throw("a string")', 'throw([200,201])',
  'throw(<<"bin">>)', 'throw(#{a => 1})', 'throw(1.5)', 'throw(-3)', 'throw({})', 'throw([])', 'throw(self())',
  'throw(lists:foldl(fun(_, A) -> [A] end, x, lists:seq(1, 35)))', 'throw(lists:foldl(fun(_, A) -> {A, A} end, x, lists:seq(1, 6)))',
  'error({badarg, 1})', 'error({badarg, lists:seq(1,40)})', 'error({badkey, k})', 'error({badmap, m})',
  'error({badfun, 3})', 'error({badmatch, {lists:seq(1,40), lists:seq(1,40)}})', 'error({case_clause, x})',
  'error({try_clause, x})', 'error(noproc)', 'error(notalive)', 'error(system_limit)', 'error(timeout_value)',
  'error({unbound, \'X\'})', 'error({bad_filter, 1})', 'error({bad_generator, a})', 'error({argument_limit, x})',
  'error(badarith)', 'error(if_clause)', 'error(badarg)', 'error(function_clause)', 'error(undef)',
  'error({badarity, {fun lists:reverse/1, [1,2]}})', 'error({badarity, {fun(X) -> X end, [1,2,3]}})',
  'error({badarity, {fun(X) -> X end, []}})', 'error({badarity, foo})', 'error({badarity, {foo, [1]}})',
  'error({shell_undef, foo, 2, []})', 'error({shell_undef, foo, [1,2,3], []})',
  'exit({restricted_shell_bad_return, x})', 'exit(calling_self)', 'exit(restricted_shell_started)',
  'exit(restricted_shell_stopped)', 'exit({restricted_shell_disallowed, {{lists,seq}, [1,2]}})',
  'exit({restricted_shell_disallowed, {foo, [1,2]}})', 'exit(badarith)', 'exit(noproc)', 'throw(badarith)',
  'exit({badmatch, 1})', 'throw({badkey, 1})', 'exit({restricted_shell_bad_return, lists:seq(1,40)})',
  'error(\'bad atom\')', 'error(\'été\')',
  // hand-made stacks
  'erlang:raise(error, foo, [{m, f, 1, []}])', 'erlang:raise(error, foo, [{m, f, 1, [{file, "m.erl"}, {line, 3}]}])',
  'erlang:raise(error, foo, [{m, f, [], [{file, "m.erl"}]}])', 'erlang:raise(error, foo, [{m, f, 1, [{line, 3}]}])',
  'erlang:raise(error, badarith, [{erlang, element, [1, 2], []}, {erlang, foo, 1, []}])',
  'erlang:raise(error, function_clause, [{shell, catch_exception, 1, []}])',
  'erlang:raise(error, function_clause, [{shell, catch_exception, [1], []}])',
  'erlang:raise(error, function_clause, [{m, f, 2, [{file, "m.erl"}, {line, 9}]}, {n, g, 0, []}])',
  'erlang:raise(error, function_clause, [{m, f, [1, 2], [{file, "m.erl"}, {line, 9}]}, {n, g, 0, []}])',
  'erlang:raise(error, function_clause, [])', 'erlang:raise(error, undef, [])',
  'erlang:raise(error, undef, [{m, f, 3, []}, {n, g, 0, []}])',
  'erlang:raise(error, undef, [{m, \'f-1\', [a, b], [{file, "m.erl"}, {line, 1}]}])',
  'erlang:raise(error, foo, [{erlang, \'+\', [a, 1], []}, {m, f, 0, []}])',
  'erlang:raise(error, foo, [{erlang, \'-\', 1, []}])', 'erlang:raise(error, foo, [{erlang, \'-\', 2, []}])',
  'erlang:raise(error, foo, [{erlang, \'/\', 2, []}])', 'erlang:raise(error, foo, [{erlang, \'=:=\', [1, 2], []}])',
  'erlang:raise(error, foo, [{erlang, \'++\', [a, b], []}])', 'erlang:raise(error, foo, [{erlang, \'and\', [a, b], []}])',
  'erlang:raise(error, foo, [{erlang, \'not\', [a, b], []}])', 'erlang:raise(error, foo, [{erlang, \'+\', [a, b, c], []}])',
  'erlang:raise(error, foo, [{erlang, spawn, [a], []}])', 'erlang:raise(error, foo, [{erlang, spawn, 5, []}])',
  'erlang:raise(error, foo, [{erlang, nosuchbif, [a], []}])', 'erlang:raise(error, foo, [{m, f, [104, 105], []}])',
  'erlang:raise(error, foo, [{m, f, [1234, 105], []}])', 'erlang:raise(error, foo, [{m, f, [104, [105]], []}])',
  'erlang:raise(error, foo, [{m, f, "a", []}])', 'erlang:raise(error, foo, [{m, f, [200, 201], []}])',
  'erlang:raise(error, foo, [{m, \'\', [1], []}])', 'erlang:raise(error, foo, [{\'M M\', \'f f\', 0, []}])',
  'erlang:raise(error, foo, [{m, f, [lists:seq(1,30)], []}])', 'erlang:raise(error, foo, [{m, f, [lists:seq(1,30), a], []}])',
  'erlang:raise(error, foo, [{a_rather_long_module_name_to_push, a_long_function_name_too, [lists:seq(1,10)], []}])',
  'erlang:raise(error, foo, [{a_rather_long_module_name_to_push_the_arguments, a_long_function_name_too, [x, y], []}])',
  'erlang:raise(error, function_clause, [{a_rather_long_module_name_to_push, a_long_function_name_too, [x, y], [{file, "x.erl"}, {line, 5}]}])',
  'erlang:raise(error, function_clause, [{a_rather_long_module_name, f, [lists:seq(1,30), a], []}])',
  'erlang:raise(error, function_clause, [{m, f, [lists:seq(1,30), {lists:seq(1,30)}], []}])',
  'erlang:raise(error, foo, [{m, f, 0, []}, {m, g, 1, []}, {erl_eval, do_apply, 7, []}, {n, h, 2, []}, {shell, x, 1, []}, {erl_eval, y, 0, []}])',
  'erlang:raise(error, foo, [{m, f, [{lists:seq(1,20), lists:seq(1,20)}, {lists:seq(1,20)}], []}, {m, g, [a], []}])',
  'erlang:raise(exit, foo, [{m, f, 0, []}])', 'erlang:raise(throw, foo, [{m, f, [1], []}])',
  'erlang:raise(error, {badmatch, lists:seq(1,40)}, [{m, f, 0, [{file, "m.erl"}, {line, 1}]}])',
  'erlang:raise(error, foo, [{m, f, 0, [{file, [109, 46, 101, 114, 108]}, {line, 1}]}])',
  'erlang:raise(error, foo, [{m, f, 0, [{file, "dir/\\x{e9}.erl"}, {line, 1}]}])',
  'erlang:raise(error, foo, [{m, f, 0, [{file, <<"m.erl">>}, {line, 1}]}])',
  'erlang:raise(error, foo, [{m, f, 0, [{file, "m.erl"}, {line, {1, 2}}]}])',
  'erlang:raise(error, foo, [{m, f, 0, [{line, 3}, {file, "m.erl"}]}])',
  // records, atoms needing quotes, latin1 characters
  '{a} = #point{x = 1}', 'throw(#point{x = lists:seq(1,30)})',
  'error({badmatch, [#point{}, #point{y = 2}]})', 'throw({point, 1})', 'throw({point, 1, 2, 3})', 'throw(\'hello world\')',
  'throw(\'\\x{e9}t\\x{e9}\')', 'throw([233, 116, 233])', 'throw(\'\\x{3bb}\')', 'throw([955])', 'throw(<<233>>)',
  'throw(<<"\\x{3bb}"/utf8>>)', 'M = list_to_atom([955]), M:f(1)', 'erlang:raise(error, foo, [{\'\\x{3bb}\', \'\\x{e9}\', [\'\\x{3bb}\'], []}])',
  'element(1, \'\\x{3bb}\')', '{a} = [955, 955]', 'lists:nth(0, [955, 233])',
];

const UNICODE = [
  'throw(\'\\x{e9}t\\x{e9}\')', 'throw([233, 116, 233])', 'throw(\'\\x{3bb}\')', 'throw([955])', 'throw(<<233>>)',
  'throw(<<"\\x{3bb}"/utf8>>)', 'M = list_to_atom([955]), M:f(1)', 'erlang:raise(error, foo, [{\'\\x{3bb}\', \'\\x{e9}\', [\'\\x{3bb}\'], []}])',
  'element(1, \'\\x{3bb}\')', '{a} = [955, 955]', 'lists:nth(0, [955, 233])', '1/0', 'element(1, foo)',
  'erlang:raise(error, foo, [{m, f, 0, [{file, "dir/\\x{e9}\\x{3bb}.erl"}, {line, 1}]}])',
  'error({shell_undef, \'\\x{3bb}\', 2, []})', 'error({badarity, {fun lists:reverse/1, [1,2]}})',
  'erlang:raise(error, function_clause, [{m, \'\\x{3bb}\', [[955]], []}])',
];

const CATCH = [
  '1/0', 'element(1, foo)', '{a,b} = {lists:seq(1,40), lists:seq(1,40)}', 'throw(x)', 'exit(y)',
  'lists:seq(1, a)', 'F = fun(1) -> one end, F(2)', 'foo:bar()', 'lists:map(fun(X) -> 1/X end, [1, 0])',
  'H = fun(a, b) -> ok end, H(lists:seq(1,30), {x})', 'io:format("~p~n", 1)',
  'erlang:raise(error, function_clause, [{a_rather_long_module_name_to_push, a_long_function_name_too, [x, y], [{file, "x.erl"}, {line, 5}]}])',
  'erlang:raise(error, foo, [{m, f, [{lists:seq(1,20), lists:seq(1,20)}, {lists:seq(1,20)}], []}, {m, g, [a], []}])',
];

// Exit reasons sent by a linked process: {R, S} splits into reason and stack
// even when S is not a stack; anything else comes with the stack [].
const LINK = [
  'boom', '{foo, bar}', 'badarith', '{badarith, [{erlang, \'/\', [1, 0], []}]}', '{badarg, 1}', '{a, b, c}',
  '{{nocatch, ball}, [{m, f, 0, []}]}', '{function_clause, [{m, f, [1], [{file, "m.erl"}, {line, 2}]}]}',
  '{undef, [{nosuch, f, [], []}]}', '{lists:seq(1,40), lists:seq(1,40)}', '{x, [{m, f, 0}]}', '{x, [a | b]}',
  '{badarg, [{erlang, element, [1, foo], [{error_info, #{module => erl_erts_errors}}]}]}',
];

const SETUP = [
  'rd(point, {x, y}).',
  'rd(r, {a, b}).',
  'B64 = fun(T) -> base64:encode(term_to_binary(T)) end.',
  'EM = fun(R, S) -> Tr = case {R, S} of {function_clause, [{_,_,As,_}|T]} when is_list(As) -> T; {undef, [{_,_,_,_}|T]} -> T; _ -> S end, '
    + 'case Tr of [{M,_,_,I}|_] when is_list(I) -> case lists:keyfind(error_info, 1, I) of {error_info, Map} when is_map(Map) -> '
    + 'FM = maps:get(module, Map, M), FF = maps:get(function, Map, format_error), '
    + 'try maps:map(fun(_, V) -> unicode:characters_to_binary(V) end, FM:FF(R, Tr)) catch _:_ -> #{} end; _ -> #{} end; _ -> #{} end end.',
  'Enc = fun(N, F) -> try F() of V -> io:format("@@V ~w ~s~n", [N, B64(V)]), noexc catch C:R:S -> io:format("@@X ~w ~s ~s~n", [N, B64({C,R,S}), B64(EM(R,S))]), {C,R,S} end end.',
  'Go = fun({C,R,S}) -> erlang:raise(C,R,S); (noexc) -> noexc end.',
  'Lk = fun(N, R) -> T = case R of {A1,B1} -> {exit,A1,B1}; _ -> {exit,R,[]} end, {exit,R2,S2} = T, io:format("@@X ~w ~s ~s~n", [N, B64(T), B64(EM(R2,S2))]), spawn_link(fun() -> exit(R) end), timer:sleep(300) end.',
];

let input = SETUP.join('\n') + '\n';
const plan = [];
const add = (sec, list, line) => {
  for (const e of list) {
    input += line(e, plan.length) + '\n';
    plan.push({ section: sec, expr: e });
  }
};
add('latin1', LATIN1, (e, n) => `Go(Enc(${n}, fun() -> ${e} end)).`);
add('direct', LATIN1, (e, n) => `Enc(${n}, fun() -> ${e} end), ${e}.`);
add('link', LINK, (e, n) => `Lk(${n}, ${e}).`);
input += 'io:setopts([{encoding, unicode}]).\n';
add('unicode', UNICODE, (e, n) => `Go(Enc(${n}, fun() -> ${e} end)).`);
input += 'io:setopts([{encoding, latin1}]).\ncatch_exception(true).\n';
add('catch', CATCH, (e, n) => `Go(Enc(${n}, fun() -> ${e} end)).`);

const run = spawnSync('erl', [], {
  input,
  env: { ...process.env, LANG: 'C.UTF-8', LC_ALL: 'C.UTF-8', TERM: 'dumb', ERL_FLAGS: '', ERL_AFLAGS: '', ERL_ZFLAGS: '' },
  maxBuffer: 64 << 20,
});
const raw = run.stdout.toString('latin1') + run.stderr.toString('latin1');

// Chunks between prompts; a case's chunk starts with its @@X line.
const chunks = raw.split(/(?:^|\n)\d+> /);
const cases = [];
const seen = new Set();
for (const chunk of chunks) {
  const v = /^@@V (\d+) /.exec(chunk);
  if (v) {
    console.error(`does not raise: ${plan[+v[1]].expr}`);
    seen.add(+v[1]);
    continue;
  }
  const x = /^@@X (\d+) (\S+) (\S+)\n/.exec(chunk);
  if (!x) continue;
  const p = plan[+x[1]];
  seen.add(+x[1]);
  let text = chunk.slice(x[0].length);
  if (p.section === 'unicode') text = Buffer.from(text, 'latin1').toString('utf8');
  // The shell ends the report with a newline, then the next prompt follows.
  cases.push({ section: p.section, expr: p.expr, term: x[2], errorMap: x[3], out: text + '\n' });
}
plan.forEach((p, n) => {
  if (!seen.has(n)) console.error(`no output for ${p.section}: ${p.expr}`);
});
const direct = cases.filter((c) => c.section === 'direct');
const viaRaise = cases.filter((c) => c.section === 'latin1');
for (let k = 0; k < direct.length; k++) {
  if (direct[k].out !== viaRaise[k]?.out) console.error(`direct differs: ${direct[k].expr}`);
}
// The direct printouts only served the comparison above; the tests use the re-raised ones.
const kept = cases.filter((c) => c.section !== 'direct');
const data = { generatedBy: 'test/shell/gen_format_exception.mjs', otp: 'OTP 25.2.3 (erts 13.1.5)', cases: kept };
writeFileSync(new URL('./format_exception_data.json', import.meta.url), JSON.stringify(data, null, 1) + '\n');
console.error(`${kept.length} cases written`);
