// Input of any size, and erl's limits (issue 9, runtime half). Each suite
// feeds one erlts process and compares what it prints with what real erl
// printed for the same input (golden files made by gen_expected.sh, so the
// test needs no erl): 100k-deep and 1M-long terms through printing,
// comparison, hashing and the ETF codec; re's match limit; binaries past
// 2^31 bits; the atom and process limits; running out of memory.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const dataDir = resolve(repoRoot, 'test/runtime_limits');
const erlts = resolve(repoRoot, 'bin/erlts');

function data(name: string): string {
  return readFileSync(resolve(dataDir, name), 'latin1');
}

function runErlts(args: string[], input: string, env: Record<string, string> = {}, timeoutMs = 240_000) {
  const r = spawnSync(erlts, args, {
    input,
    cwd: dataDir,
    env: { ...process.env, ...env },
    timeout: timeoutMs,
    maxBuffer: 64 * 1024 * 1024,
    encoding: 'latin1',
  });
  return { stdout: r.stdout, stderr: r.stderr, status: r.status, signal: r.signal };
}

/** Line by line, so a difference names its line. */
function sameLines(actual: string, expected: string): void {
  const a = actual.split('\n');
  const e = expected.split('\n');
  for (let i = 0; i < Math.max(a.length, e.length); i++) assert.equal(a[i], e[i], `line ${i + 1} differs`);
}

test('100k-deep and 1M-long terms: printing, comparing, hashing, ETF, re limits as erl', () => {
  const r = runErlts([], data('huge_inputs.txt'));
  assert.equal(r.signal, null, 'erlts ended by a signal');
  assert.doesNotMatch(r.stdout + r.stderr, /RangeError|TypeError|at [\w.]+ \(|erlts_internal_error/);
  sameLines(r.stdout, data('huge_inputs.expected'));
});

test('code nested 3,000 and 10,000 deep (shell, c/1) evaluates as on erl', () => {
  const r = runErlts([], data('deep_nesting.txt'));
  rmSync(resolve(dataDir, 'deep_nesting_mod.beam'), { force: true });
  assert.equal(r.signal, null, 'erlts ended by a signal');
  assert.doesNotMatch(r.stdout + r.stderr, /RangeError|TypeError|SyntaxError|at [\w.]+ \(|erlts_internal_error/);
  sameLines(r.stdout, data('deep_nesting.expected'));
});

test('-eval of code nested 10,000 deep evaluates as on erl', () => {
  const r = runErlts(['-noshell', '-eval', data('deep_nesting_eval.txt').trim()], '');
  assert.equal(r.signal, null, 'erlts ended by a signal');
  assert.equal(r.stdout, data('deep_nesting_eval.expected'));
});

test('code nested 100,000 deep is system_limit and the shell lives on', () => {
  // erl takes this in and never answers; erlts answers with erl's limit.
  const n = 100000;
  const input = ['X = 1.', `L = ${'[X,'.repeat(n)}1${']'.repeat(n)}, length(L).`, `${'X+('.repeat(n)}1${')'.repeat(n)}.`, 'X + 1.', ''].join('\n');
  const r = runErlts([], input);
  assert.equal(r.signal, null, 'erlts ended by a signal');
  assert.equal(r.stderr, '');
  assert.equal(
    r.stdout,
    [
      'Eshell V13.1.5  (abort with ^G)',
      '1> 1',
      '2> ** exception error: a system limit has been reached',
      '3> ** exception error: a system limit has been reached',
      '4> 2',
      '5> *** Terminating erlang (nonode@nohost)',
      '',
    ].join('\n'),
  );
});

test('binaries beyond 2^31 bits keep their sizes; 300 GB is erl binary_alloc end', () => {
  const r = runErlts([], data('big_binary_inputs.txt'));
  assert.equal(r.signal, null, 'erlts ended by a signal');
  sameLines(r.stdout, data('big_binary_inputs.expected'));
  assert.equal(r.stderr, data('big_binary_inputs.stderr'));
  assert.equal(r.status, 1);
});

test('1 GB binaries (ERLTS_BIG_TESTS=1)', { skip: process.env.ERLTS_BIG_TESTS !== '1' && 'set ERLTS_BIG_TESTS=1 to run' }, () => {
  const input = [
    'B = binary:copy(<<7>>, 1073741824), ok.',
    '{byte_size(B), bit_size(B), binary:last(B)}.',
    'byte_size(<<B/binary, B/binary, 1>>).',
    '<<_:1073741823/binary, X>> = B, X.',
    '',
  ].join('\n');
  const r = runErlts([], input);
  assert.match(r.stdout, /2> \{1073741824,8589934592,7\}\n3> 2147483649\n4> 7\n/);
});

test('the 1,048,577th atom ends the node as on erl', () => {
  const r = runErlts(['-noshell', '-eval', '[list_to_atom("a" ++ integer_to_list(I)) || I <- lists:seq(1, 1100000)], init:stop().'], '');
  assert.equal(r.stderr, data('atom_limit.stderr'));
  assert.equal(r.status, 1);
});

test('spawning beyond 262,144 processes is system_limit with "Too many processes"', () => {
  const program = [
    'Self = self(),',
    "Spawn = fun Loop(N) -> case catch spawn(fun() -> receive stop -> ok end end) of P when is_pid(P) -> Loop(N + 1); {'EXIT', {R, [{M, F, A, _} | _]}} -> {N, R, M, F, length(A)} end end,",
    'Res = Spawn(0),',
    'Limit = erlang:system_info(process_limit),',
    'Count = erlang:system_info(process_count),',
    'Link = (catch spawn_link(fun() -> ok end)),',
    'io:format("~p~n", [{Res, Limit, Count, element(1, element(2, Link))}]),',
    'timer:sleep(200), init:stop().',
  ].join(' ');
  const r = runErlts(['-noshell', '-eval', program], '');
  const m = /^\{\{(\d+),system_limit,erlang,spawn,3\},262144,262144,system_limit\}$/m.exec(r.stdout);
  assert.ok(m, r.stdout);
  // erl's logger: one report a failed spawn.
  assert.match(r.stdout, /=ERROR REPORT==== \d+-\w+-\d+::\d\d:\d\d:\d\d\.\d+ ===\nToo many processes\n\n/);
  assert.equal((r.stdout.match(/Too many processes/g) ?? []).length, 2);
});

test("running out of heap prints erl's eheap_alloc line and exits 1, not V8's abort", () => {
  const r = runErlts([], 'F = fun G(0, A) -> A; G(N, A) -> G(N - 1, [{N} | A]) end, L = F(100000000, []), length(L).\n', {
    NODE_OPTIONS: '--max-old-space-size=300',
  });
  assert.match(
    r.stderr,
    /^eheap_alloc: Cannot allocate \d+ bytes of memory \(of type "heap"\)\.\r\n\r\nCrash dump is being written to: erl_crash\.dump\.\.\.done\r\n$/,
  );
  assert.equal(r.status, 1);
});
