// The Erlang program corpus: each test/erl/cases/<name>.erl is compiled and
// run by bin/erlts (`c:c(name), name:main(), halt().` in a fresh temp dir) and
// its stdout must equal <name>.expected, which gen-expected.sh recorded from
// real erl, up to the time in logger report headers (normalise below).
// Cases listed in known-failures.txt still run (with a shorter
// limit) so that one which starts passing is noticed; a failing one is
// reported as skipped with its reason, so the list can only shrink.
//
// ERLTS_ERL_CASES=a,b runs only the named cases; ERLTS_ERL_CMD points the
// suite at another command (e.g. `erl`, to check the corpus itself).

import { spawn } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
const CASES_DIR = `${repoRoot}test/erl/cases`;
const KNOWN_FAILURES_FILE = `${repoRoot}test/erl/known-failures.txt`;
const COMMAND = process.env.ERLTS_ERL_CMD ?? `${repoRoot}bin/erlts`;
const LIMIT_MS = 30_000;
// A known failure that hangs would otherwise cost the full limit on every run.
const KNOWN_FAILURE_LIMIT_MS = 10_000;

/** `name reason...` per line; `#` starts a comment. */
function parseKnownFailures(text: string): Map<string, string> {
  const known = new Map<string, string>();
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) continue;
    const space = line.indexOf(' ');
    if (space < 0) known.set(line, 'no reason given');
    else known.set(line.slice(0, space), line.slice(space + 1).trim());
  }
  return known;
}

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
  const expected = normalise(readFileSync(join(CASES_DIR, `${name}.expected`), 'latin1'));
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
const known = parseKnownFailures(readFileSync(KNOWN_FAILURES_FILE, 'utf8'));

describe('Erlang programs vs erl', { concurrency: 2 }, () => {
  for (const name of names) {
    const reason = known.get(name);
    it(name, { timeout: LIMIT_MS + 10_000 }, async (t) => {
      const result = await runCase(name, reason === undefined ? LIMIT_MS : KNOWN_FAILURE_LIMIT_MS);
      const bad = mismatch(name, result);
      if (reason !== undefined) {
        if (bad) t.skip(`known failure: ${reason}`);
        else t.diagnostic(`note: ${name} passes now; remove it from test/erl/known-failures.txt`);
        return;
      }
      if (bad) assert.equal(bad.actual, bad.expected, bad.message);
    });
  }
});
