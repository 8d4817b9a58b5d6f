// A smoke run of the benchmark suite (bench/run, bench/README.md): a few
// benchmarks at the small size, one run, on bin/erlts, checking that the
// harness completes and that every part gave the expected answer (for the
// compute set: real erl's answer, from bench/compute_expected.json). No
// timing is asserted: speed is read from the suite's ratios, not from tests.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const RUN = path.join(ROOT, 'bench', 'run');
const HAVE_ERL = spawnSync('erl', ['-noshell', '-eval', 'halt().'], { stdio: 'ignore', timeout: 20000 }).status === 0;
const NO_ERL = HAVE_ERL ? false : 'real erl is not installed (Debian: erlang-base); the side-by-side part is skipped';

// Benchmarks that need no -sname node (rpc and startup would start epmd on
// its default port, which the tests leave alone).
const ONLY = ['fib', 'shell_fun', 'ring', 'lists', 'compute'];

interface Cell {
  status: string;
  median?: number;
}
interface Entry {
  bench: string;
  size: string;
  metric: string;
  ERL: Cell;
  ERL_VS?: Cell;
  ratio?: number | null;
}
interface Results {
  results: Entry[];
  geomeans: { bench: string; size: string; parts: number; counted: number; ratio?: number | null }[];
  failures: { bench: string; metric: string; impl: string; error: string }[];
}

/** Runs bench/run from the repository root with env added; its exit status, output and JSON. */
async function bench(env: Record<string, string>): Promise<{ status: number | null; stdout: string; stderr: string; json: Results | null }> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'erlts-bench-smoke-'));
  const out = path.join(dir, 'results.json');
  try {
    const child = spawn(process.execPath, [RUN], {
      cwd: ROOT,
      env: { ...process.env, BENCH_SIZES: 'small', BENCH_RUNS: '1', BENCH_TIMEOUT: '60', BENCH_OUT: out, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const status = await new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
    const json = fs.existsSync(out) ? (JSON.parse(fs.readFileSync(out, 'utf8')) as Results) : null;
    return { status, stdout, stderr, json };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

test('bench/run on bin/erlts: every part of fib, shell_fun, ring, lists and compute is right', { timeout: 80_000 }, async () => {
  const r = await bench({ ERL: 'bin/erlts', BENCH_ONLY: ONLY.join(',') });
  assert.ok(r.json, `no results JSON; stderr:\n${r.stderr}`);
  assert.deepEqual(
    r.json.failures.map((f) => `${f.bench} ${f.metric}: ${f.error}`),
    [],
    r.stdout,
  );
  assert.equal(r.status, 0, r.stdout);

  const expected = JSON.parse(fs.readFileSync(path.join(ROOT, 'bench', 'compute_expected.json'), 'utf8'));
  const programs = Object.keys(expected.small);
  assert.ok(programs.length >= 10, 'at least ten compute programs');
  const metrics = (bench: string) => r.json!.results.filter((e) => e.bench === bench).map((e) => e.metric);
  assert.deepEqual(metrics('compute'), programs);
  assert.deepEqual(metrics('fib'), ['time']);
  assert.deepEqual(metrics('shell_fun'), ['time']);
  assert.deepEqual(metrics('ring'), ['time', 'rate']);
  assert.equal(metrics('lists').length, 10);
  for (const e of r.json.results) {
    assert.equal(e.size, 'small');
    assert.equal(e.ERL.status, 'ok', `${e.bench} ${e.metric}`);
    assert.ok(typeof e.ERL.median === 'number' && e.ERL.median >= 0, `${e.bench} ${e.metric} has a time`);
  }
  const gm = r.json.geomeans.find((g) => g.bench === 'compute' && g.size === 'small');
  assert.ok(gm, 'a geometric mean for compute');
  assert.equal(gm.counted, programs.length);
  assert.match(r.stdout, /^compute +small 1\d programs +geomean ms \(1\d\/1\d parts\)/m);
});

test('bench/run reports a command that cannot load the module as failed, exit status 1', { timeout: 30_000 }, async () => {
  const r = await bench({ ERL: 'bin/erlts', BENCH_ONLY: 'fib', BENCH_LOAD: '{error, not_loaded}' });
  assert.equal(r.status, 1, r.stdout);
  assert.ok(r.json);
  assert.equal(r.json.results[0]!.ERL.status, 'failed');
  assert.match(r.json.failures[0]!.error, /could not load the module: \{error,not_loaded\}/);
  assert.match(r.stdout, /FAILED/);
});

test('bench/run side by side with real erl: both right, and a ratio', { skip: NO_ERL, timeout: 30_000 }, async () => {
  const r = await bench({ ERL: 'bin/erlts', ERL_VS: 'erl', BENCH_ONLY: 'fib' });
  assert.equal(r.status, 0, r.stdout);
  assert.ok(r.json);
  const fib = r.json.results[0]!;
  assert.equal(fib.ERL.status, 'ok');
  assert.equal(fib.ERL_VS?.status, 'ok');
  assert.ok(typeof fib.ratio === 'number' && fib.ratio > 0);
  assert.match(r.stdout, /^fib +small 27 +time ms .* \d+\.\d\dx$/m);
});
