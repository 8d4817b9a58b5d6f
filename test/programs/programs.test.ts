// The program corpus: each test/programs/<NNN_name>/ holds a learner's
// program (.erl, .hrl), `run` (the expression to evaluate) and what real erl
// printed for it (expected.txt, stdout) and its exit status
// (expected.status), both recorded by record.sh. Every program is compiled
// and run by bin/erlts exactly as record.sh ran erl:
//   erlts -noshell -eval 'c:c(a), c:c(b), <run>, halt().'
// in a fresh temp dir, two programs at a time; stdout and status must match.
// A program without recorded output fails. Known failures:
// test/programs/known_failures.txt (see test/support/known_failures.ts).
//
// ERLTS_PROGRAMS=001_leap,002_raindrops runs only those; ERLTS_PROGRAMS_CMD
// points the suite at another command (e.g. `erl`, to check the corpus).

import { spawn } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { judgeKnown, knownReason, loadKnownFailures, REPO_ROOT, unusedIds } from '../support/known_failures.js';

const PROGRAMS_DIR = `${REPO_ROOT}test/programs`;
const COMMAND = process.env.ERLTS_PROGRAMS_CMD ?? `${REPO_ROOT}bin/erlts`;
const LIMIT_MS = 30_000;
// A known failure that hangs would otherwise cost the full limit on every run.
const KNOWN_FAILURE_LIMIT_MS = 10_000;

interface RunResult {
  stdout: string;
  status: number | null;
  stderr: string;
  timedOut: boolean;
}

/** The -eval text: compile every .erl (sorted), evaluate `run`, halt. As record.sh's eval_text. */
export function evalText(dir: string): string {
  const modules = readdirSync(dir)
    .filter((f) => f.endsWith('.erl'))
    .sort()
    .map((f) => `c:c(${f.slice(0, -'.erl'.length)}), `)
    .join('');
  const run = readFileSync(join(dir, 'run'), 'utf8').split('\n')[0]!;
  return `${modules}${run}, halt().`;
}

function runProgram(name: string, limitMs: number): Promise<RunResult> {
  const src = join(PROGRAMS_DIR, name);
  const work = mkdtempSync(join(tmpdir(), 'erltsprog-'));
  for (const f of readdirSync(src)) {
    if (f === 'run' || f.startsWith('expected.')) continue;
    copyFileSync(join(src, f), join(work, f));
  }
  const env: NodeJS.ProcessEnv = { ...process.env, HOME: work, LANG: 'C.UTF-8', LC_ALL: 'C.UTF-8' };
  delete env.ERL_FLAGS;
  delete env.ERL_AFLAGS;
  delete env.ERL_ZFLAGS;
  return new Promise((resolve, reject) => {
    const child = spawn(COMMAND, ['-noshell', '-eval', evalText(src)], { cwd: work, env, stdio: ['ignore', 'pipe', 'pipe'] });
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
    child.on('close', (status) => {
      clearTimeout(timer);
      rmSync(work, { recursive: true, force: true });
      // latin1 keeps the comparison byte-exact whatever the output holds.
      resolve({ stdout: Buffer.concat(out).toString('latin1'), status, stderr: Buffer.concat(err).toString('latin1'), timedOut });
    });
  });
}

interface Recorded {
  stdout: string;
  status: number;
}

/** The recorded output, or why there is none (a case with nothing to compare fails). */
function recorded(name: string): Recorded | string {
  const dir = join(PROGRAMS_DIR, name);
  if (!existsSync(join(dir, 'run'))) return `${name}: no run file`;
  for (const f of ['expected.txt', 'expected.status']) {
    if (!existsSync(join(dir, f))) return `${name}: no ${f}; record it with test/programs/record.sh ${name}`;
  }
  const status = Number(readFileSync(join(dir, 'expected.status'), 'utf8').trim());
  if (!Number.isInteger(status)) return `${name}: expected.status holds no exit status`;
  return { stdout: readFileSync(join(dir, 'expected.txt'), 'latin1'), status };
}

/** One text holding both things compared, so a failure shows a single diff. */
const shown = (stdout: string, status: number | null, timedOut = false) => `${stdout}\n[exit status ${timedOut ? 'none: timed out' : String(status)}]\n`;

const allNames = readdirSync(PROGRAMS_DIR)
  .filter((f) => /^\d{3}_/.test(f))
  .sort();
const selected = process.env.ERLTS_PROGRAMS?.split(',').filter((s) => s !== '');
const names = allNames.filter((n) => selected === undefined || selected.includes(n));
const known = loadKnownFailures('programs');

describe('program corpus vs erl', { concurrency: 2 }, () => {
  it('lists only programs that exist', () => {
    assert.deepEqual(unusedIds(known, allNames), [], `stale lines in ${known.file}`);
  });
  for (const name of names) {
    const reason = knownReason(known, name);
    it(name, { timeout: LIMIT_MS + 10_000 }, async (t) => {
      const want = recorded(name);
      if (typeof want === 'string') assert.fail(want);
      const got = await runProgram(name, reason === undefined ? LIMIT_MS : KNOWN_FAILURE_LIMIT_MS);
      const actual = shown(got.stdout, got.status, got.timedOut);
      const expected = shown(want.stdout, want.status);
      const problem = actual === expected ? undefined : `${name}: output differs from erl's`;
      const outcome = judgeKnown(known, reason, name, problem);
      if (outcome.kind === 'skip') t.skip(outcome.message);
      else if (outcome.kind === 'fail' && problem === undefined) assert.fail(outcome.message);
      else if (outcome.kind === 'fail') {
        const stderr = got.stderr.trim() === '' ? '' : `\nstderr:\n${got.stderr.slice(0, 2000)}`;
        assert.equal(actual, expected, `${outcome.message}${stderr}`);
      }
    });
  }
});
