// erlts --help (commander's layout of erl's flags and ours, coloured only
// for a terminal that wants colour) and --version (erlts's own), while
// -version stays erl's emulator line.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import { fileURLToPath } from 'node:url';

const ERLTS = fileURLToPath(new URL('../../../bin/erlts', import.meta.url));
const PACKAGE = JSON.parse(fs.readFileSync(new URL('../../../package.json', import.meta.url), 'utf8')) as { version: string };

function run(args: string[], env: Record<string, string | undefined> = {}) {
  const merged = { ...process.env, ...env };
  for (const [k, v] of Object.entries(env)) if (v === undefined) delete merged[k];
  return spawnSync(ERLTS, args, { env: merged, encoding: 'utf8', timeout: 30_000 });
}

const ESC = String.fromCharCode(27);

test('--version names erlts and its version on stdout', () => {
  const r = run(['--version']);
  assert.equal(r.status, 0);
  assert.match(r.stdout, new RegExp(`^erlts ${PACKAGE.version.replace(/\./g, '\\.')} \\(Erlang/OTP 25 compatible, erts 13\\.1\\.5\\) on Node\\.js `));
  assert.equal(r.stderr, '');
});

test("-version prints the emulator's version line on stderr, as erl does", () => {
  const r = run(['-version']);
  assert.equal(r.status, 0);
  assert.equal(r.stdout, '');
  assert.equal(r.stderr, 'Erlang (SMP,ASYNC_THREADS) (BEAM) emulator version 13.1.5\r\n');
});

test("--help lists erl's flags and erlts's own, without colour when piped", () => {
  const r = run(['--help'], { FORCE_COLOR: undefined, NO_COLOR: undefined });
  assert.equal(r.status, 0);
  assert.match(r.stdout, /^Usage: erlts \[flags\]/);
  assert.match(r.stdout, /erl's flags:\n {2}-sname NAME\[@HOST\] +start distribution with a short node name/);
  assert.match(r.stdout, /erlts's own:\n {2}--help +show this help and exit\n {2}--version +print erlts's own version/);
  assert.ok(!r.stdout.includes(ESC), 'no escape codes when piped');
});

test('--help is coloured when FORCE_COLOR asks, and NO_COLOR wins over it', () => {
  assert.ok(run(['--help'], { FORCE_COLOR: '1', NO_COLOR: undefined }).stdout.includes(`${ESC}[1mUsage:`));
  assert.ok(!run(['--help'], { FORCE_COLOR: '1', NO_COLOR: '1' }).stdout.includes(ESC));
});

test('-help is a user flag, as in erl: the node starts and init:get_argument sees it', () => {
  const r = run(['-help', '-noshell', '-eval', 'io:format("~p~n", [init:get_argument(help)]), halt().']);
  assert.equal(r.stdout, '{ok,[[]]}\n');
  assert.equal(r.status, 0);
});

test('user flags and plain arguments reach init as in erl', () => {
  const r = run(['-foo', 'bar', '-noshell', '-eval', 'io:format("~p~n", [{init:get_argument(foo), init:get_plain_arguments()}]), halt().', '-extra', 'x', 'y']);
  assert.equal(r.stdout, '{{ok,[["bar"]]},["x","y"]}\n');
});
