// dbg in the terminal prints what erl's dbg prints: the scenarios of
// dbg_cases.erl run on erlts and compared line by line with expected.txt,
// recorded from real erl by record.sh (OTP's dbg compiled from its
// source). Pids differ between the two systems, so both sides number them
// in order of first appearance (<P1>, <P2>, ...): the same process must be
// named the same way at every line.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const HERE = join(ROOT, 'test/dbg');

/** Pids renumbered in order of first appearance. */
function normalise(text: string): string {
  const seen = new Map<string, string>();
  return text.replace(/<\d+\.\d+\.\d+>/g, (pid) => {
    if (!seen.has(pid)) seen.set(pid, `<P${seen.size + 1}>`);
    return seen.get(pid)!;
  });
}

test("dbg's trace lines for messages, processes and calls, global and local, are erl's", () => {
  const dir = mkdtempSync(join(tmpdir(), 'erlts-dbg-'));
  for (const f of ['dbg_cases.erl', 'dbg_kvs.erl']) copyFileSync(join(HERE, f), join(dir, f));
  const run = spawnSync(join(ROOT, 'bin/erlts'), ['-noshell', '-eval', 'c:c(dbg_cases), c:c(dbg_kvs), dbg_cases:run(), halt().'], {
    cwd: dir,
    encoding: 'latin1',
    timeout: 60_000,
  });
  assert.equal(run.status, 0, run.stderr);
  const expected = normalise(readFileSync(join(HERE, 'expected.txt'), 'latin1')).split('\n');
  const actual = normalise(run.stdout).split('\n');
  assert.deepEqual(actual, expected);
});
