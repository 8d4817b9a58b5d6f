// Shell sessions recorded from the real erl (test/shell/sessions/<name>:
// input.erl-shell, files/, expected.out, made by gen_sessions.mjs) replayed
// on erlts through a pipe. Both transcripts go through the conformance
// normalizer (pids, timestamps, fun ids); the emulator's memory figures in
// crash reports (heap_size, stack_size, reductions) are not compared.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { normalize } from '../conformance/normalize.js';
import { fileURLToPath } from 'node:url';
import { ERLTS_LAUNCHER } from '../conformance/paths.js';

/** The sessions live in the source tree (this file runs from build/test/shell). */
const SESSIONS = fileURLToPath(new URL('../../../test/shell/sessions', import.meta.url));

function comparable(text: string): string {
  return normalize(text).replace(/^(\s+(?:heap_size|stack_size|reductions): )\d+$/gm, '$1<N>');
}

function runErlts(dir: string): string {
  const work = mkdtempSync(join(tmpdir(), 'erltssession-'));
  try {
    if (existsSync(join(dir, 'files'))) cpSync(join(dir, 'files'), work, { recursive: true });
    const r = spawnSync(ERLTS_LAUNCHER, [], {
      cwd: work,
      env: { ...process.env, HOME: work, LANG: 'C.UTF-8', LC_ALL: 'C.UTF-8', TERM: 'dumb' },
      input: readFileSync(join(dir, 'input.erl-shell')),
      timeout: 60_000,
    });
    return Buffer.concat([r.stdout, r.stderr]).toString('latin1');
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

for (const name of readdirSync(SESSIONS).sort()) {
  const dir = join(SESSIONS, name);
  test(`session ${name} prints what erl prints`, () => {
    const expected = readFileSync(join(dir, 'expected.out'), 'latin1');
    assert.equal(comparable(runErlts(dir)), comparable(expected));
  });
}
