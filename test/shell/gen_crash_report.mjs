// Regenerates crash_report_data.json from the real erl (the oracle):
//   node test/shell/gen_crash_report.mjs
//
// reports: processes spawned from a piped shell die of an uncaught error; the
//   emulator's "=ERROR REPORT==== ..." text is recorded with the pid and the
//   exit value (base64 external term format) the monitor saw.
// boot: `erl -noshell -eval E` where E raises; the output (bytes, kept as
//   latin1 text) is recorded with the boot process's exit reason, which the
//   eval prints itself (before re-raising the very same exception).

import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const REPORTS = [
  '1/0', 'erlang:error(oops)', 'throw(ball)', 'lists:seq(1, a)', 'nomod:nofun()', 'element(1, foo)',
  'erlang:error({lists:seq(1,40), "abc", [200,201], foo})', 'erlang:error({list_to_atom([955]), lists:seq(1,100)})',
  'erlang:error({x, <<"\\x{3bb}"/utf8>>, [955], #{a => 1, b => [1,2]}, {[a,b,c],{x,y}}})',
  'erlang:error(lists:duplicate(8, {abcdefgh, [1,2,3]}))', 'erlang:error({point, 1, 2})',
  'erlang:raise(error, deep, [{m, f, [lists:seq(1,30), {lists:seq(1,30)}], [{file, "m.erl"}, {line, 3}]}])',
  'erlang:error(lists:foldl(fun(_, A) -> [A] end, x, lists:seq(1, 40)))',
  'erlang:error({\'hello world\', \'\\x{e9}t\\x{e9}\', "\\x{e9}t\\x{e9}", <<233>>})',
];

const BOOT = [
  '1/0', 'nosuch:f()', 'throw(ball)', 'exit(bye)', 'exit({shutdown, [1, {2, {3, {4, {5}}}}]})', 'lists:seq(1, a)',
  'element(1, foo)', 'erlang:error({"a string", [], [[]], "", [[104, 105], "!"], 1.5, -0.25, self(), make_ref(), #{a => 1}, <<"bin">>})',
  'erlang:error([[[[[x]]]], {{{{y}}}}, [{{z}}]])', 'erlang:error({\'Quoted Atom\', \'/\', \'\\x{e9}\', "tab\\there", "line\\nfeed", [7], [200]})',
  'erlang:error({1.0e100, 123456789012345678901234567890, fun lists:map/2, \'a\\\'b\'})',
  'exit(\'\\x{3bb}\')',
];

const env = { ...process.env, LANG: 'C.UTF-8', LC_ALL: 'C.UTF-8', TERM: 'dumb' };
delete env.ERL_FLAGS;
delete env.ERL_AFLAGS;
delete env.ERL_ZFLAGS;

// ---- error reports --------------------------------------------------------
let input = 'B64 = fun(T) -> base64:encode(term_to_binary(T)) end.\n';
REPORTS.forEach((e, n) => {
  input +=
    `fun() -> {P, M} = spawn_monitor(fun() -> ${e} end), receive {'DOWN', M, process, P, Why} -> timer:sleep(200), ` +
    `io:format("@@R ${n} ~s ~s~n", [B64(P), B64(Why)]) end end().\n`;
});
const run = spawnSync('erl', [], { input, env, maxBuffer: 64 << 20 });
const raw = run.stdout.toString('latin1');
const reports = [];
const re = /(=ERROR REPORT==== [^\n]*\n[\s\S]*?\n\n)@@R (\d+) (\S+) (\S+)\n/g;
for (let m; (m = re.exec(raw)) !== null; ) {
  reports.push({ expr: REPORTS[+m[2]], pid: m[3], reason: m[4], out: m[1] });
}
if (reports.length !== REPORTS.length) console.error(`only ${reports.length} of ${REPORTS.length} reports found:\n${raw}`);

// ---- boot failures ----------------------------------------------------------
const boot = [];
const dir = mkdtempSync(join(tmpdir(), 'gen-crash-'));
for (const e of BOOT) {
  const ev =
    `try ${e} catch C:R:S -> Why = case C of error -> {R, S}; throw -> {{nocatch, R}, S}; exit -> R end, ` +
    `io:format("@@B ~s~n", [base64:encode(term_to_binary(Why))]), erlang:raise(C, R, S) end`;
  const r = spawnSync('erl', ['-noshell', '-eval', ev], { env, cwd: dir, maxBuffer: 64 << 20 });
  const out = Buffer.concat([r.stdout, r.stderr]).toString('latin1');
  // The eval's own line may land before or after the first line of the report.
  const m = /@@B (\S+)\n/.exec(out);
  if (!m) {
    console.error(`no reason printed for ${e}:\n${out}`);
    continue;
  }
  boot.push({ expr: e, reason: m[1], out: out.slice(0, m.index) + out.slice(m.index + m[0].length), status: r.status });
}
rmSync(dir, { recursive: true, force: true });

const data = { generatedBy: 'test/shell/gen_crash_report.mjs', otp: 'OTP 25.2.3 (erts 13.1.5)', reports, boot };
writeFileSync(new URL('./crash_report_data.json', import.meta.url), JSON.stringify(data, null, 1) + '\n');
console.error(`${reports.length} reports, ${boot.length} boot failures written`);
