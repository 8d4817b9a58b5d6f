// The Erlang program corpus: each test/erl/cases/<name>.erl is compiled and
// run by bin/erlts (`c:c(name), name:main(), halt().` in a fresh temp dir) and
// its stdout must equal <name>.expected, which gen_expected.sh recorded from
// real erl, up to the time in logger report headers (normalise below).
// Known failures: test/erl/known_failures.txt, read and judged by
// test/support/known_failures.ts (a listed case still runs, with a shorter
// limit; one that passes fails until its line goes). A case without its
// .expected fails.
//
// ERLTS_ERL_CASES=a,b runs only the named cases; ERLTS_ERL_CMD points the
// suite at another command (e.g. `erl`, to check the corpus itself).

import { spawn } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { judgeKnown, knownReason, loadKnownFailures, unusedIds } from '../support/known_failures.js';

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
const CASES_DIR = `${repoRoot}test/erl/cases`;
const COMMAND = process.env.ERLTS_ERL_CMD ?? `${repoRoot}bin/erlts`;
const LIMIT_MS = 30_000;
// A known failure that hangs would otherwise cost the full limit on every run.
const KNOWN_FAILURE_LIMIT_MS = 10_000;

interface RunResult {
  stdout: string;
  stderr: string;
  code: number | null;
  timedOut: boolean;
}

function runCase(name: string, limitMs: number): Promise<RunResult> {
  const dir = mkdtempSync(join(tmpdir(), 'erltserl-'));
  copyFileSync(join(CASES_DIR, `${name}.erl`), join(dir, `${name}.erl`));
  const env: NodeJS.ProcessEnv = { ...process.env, HOME: dir, LANG: 'C.UTF-8', LC_ALL: 'C.UTF-8' };
  delete env.ERL_FLAGS;
  delete env.ERL_AFLAGS;
  delete env.ERL_ZFLAGS;
  return new Promise((resolve, reject) => {
    const child = spawn(COMMAND, ['-noshell', '-eval', `c:c(${name}), ${name}:main(), halt().`], {
      cwd: dir,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (b: Buffer) => out.push(b));
    child.stderr.on('data', (b: Buffer) => err.push(b));
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, limitMs);
    child.on('error', (e) => {
      clearTimeout(timer);
      reject(e);
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      rmSync(dir, { recursive: true, force: true });
      // latin1 keeps the comparison byte-exact whatever the output holds.
      resolve({
        stdout: Buffer.concat(out).toString('latin1'),
        stderr: Buffer.concat(err).toString('latin1'),
        code,
        timedOut,
      });
    });
  });
}

/**
 * The one difference kept between the two outputs: the time in a logger
 * report's header (`=ERROR REPORT==== 7-Dec-2026::16:54:13.483682 ===`).
 */
function normalise(text: string): string {
  return text.replace(/^=([A-Z ]+) REPORT==== \S+ ===$/gm, '=$1 REPORT==== (time) ===');
}

/** Why the output is wrong, or undefined when it is right. */
function mismatch(name: string, r: RunResult): { actual: string; expected: string; message: string } | undefined {
  const expectedFile = join(CASES_DIR, `${name}.expected`);
  if (!existsSync(expectedFile))
    return { actual: r.stdout, expected: '', message: `${name}: no ${name}.expected; record it with test/erl/gen_expected.sh ${name}` };
  const expected = normalise(readFileSync(expectedFile, 'latin1'));
  const actual = normalise(r.stdout);
  if (actual === expected && !r.timedOut) return undefined;
  const why = r.timedOut ? 'timed out' : `exit code ${r.code}`;
  const stderr = r.stderr.trim() === '' ? '' : `\nstderr:\n${r.stderr.slice(0, 2000)}`;
  return { actual, expected, message: `${name}: stdout differs from erl (${why})${stderr}` };
}

const selected = process.env.ERLTS_ERL_CASES?.split(',').filter((s) => s !== '');
const names = readdirSync(CASES_DIR)
  .filter((f) => f.endsWith('.erl'))
  .map((f) => f.slice(0, -'.erl'.length))
  .filter((n) => selected === undefined || selected.includes(n))
  .sort();
const known = loadKnownFailures('erl');

describe('Erlang programs vs erl', { concurrency: 2 }, () => {
  it('lists only cases that exist', () => {
    const all = readdirSync(CASES_DIR)
      .filter((f) => f.endsWith('.erl'))
      .map((f) => f.slice(0, -'.erl'.length));
    assert.deepEqual(unusedIds(known, all), [], `stale lines in ${known.file}`);
  });
  for (const name of names) {
    const reason = knownReason(known, name);
    it(name, { timeout: LIMIT_MS + 10_000 }, async (t) => {
      const result = await runCase(name, reason === undefined ? LIMIT_MS : KNOWN_FAILURE_LIMIT_MS);
      const bad = mismatch(name, result);
      const outcome = judgeKnown(known, reason, name, bad?.message);
      if (outcome.kind === 'skip') t.skip(outcome.message);
      else if (outcome.kind === 'fail' && bad === undefined) assert.fail(outcome.message);
      else if (outcome.kind === 'fail') assert.equal(bad!.actual, bad!.expected, bad!.message);
    });
  }
});
