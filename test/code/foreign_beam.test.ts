// A kvs.beam written by real erl (erlc) on the code path: erlts cannot load
// BEAM code, and must say so as erl does with a file it cannot load (the
// badfile reports naming the file), never load it silently as nothing.
// foreign_beam/expected.txt is real erl's output for the same session with
// a kvs.beam it cannot load (erlts's), recorded by gen_foreign_beam.sh.

import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const fixtures = join(root, 'test/code/foreign_beam');

/** The time in a report header and the temp dir are the only differences kept. */
function normalise(text: string, dir: string): string {
  return text
    .split(dir)
    .join('$DIR')
    .replace(/^=([A-Z ]+) REPORT==== \S+ ===$/gm, '=$1 REPORT==== (time) ===');
}

describe('a BEAM file written by real erl', () => {
  it('fails to load with badfile and erl reports, until c(kvs) compiles it again', () => {
    const dir = mkdtempSync(join(tmpdir(), 'erltsbeam-'));
    try {
      for (const f of ['kvs.erl', 'kvs.beam']) copyFileSync(join(fixtures, f), join(dir, f));
      // A real BEAM file starts with the IFF header erl's loader checks.
      assert.equal(readFileSync(join(dir, 'kvs.beam')).subarray(0, 4).toString('latin1'), 'FOR1');
      const env: NodeJS.ProcessEnv = { ...process.env, HOME: dir, LANG: 'C.UTF-8', LC_ALL: 'C.UTF-8' };
      delete env.ERL_FLAGS;
      delete env.ERL_AFLAGS;
      delete env.ERL_ZFLAGS;
      const session = readFileSync(join(fixtures, 'session.txt'), 'utf8');
      const r = spawnSync(join(root, 'bin/erlts'), ['-noshell', '-eval', session], { cwd: dir, env, encoding: 'latin1', timeout: 30_000 });
      const expected = readFileSync(join(fixtures, 'expected.txt'), 'latin1');
      assert.equal(normalise(r.stdout, dir), normalise(expected, '$DIR'));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
