// The library units' V8 code caches (src/code/unit_code_cache.ts): used only
// for the text they were made from, and a bad or foreign one only makes V8
// compile from the text.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { withDir } from './with_dir.js';
import { fileURLToPath } from 'node:url';
import { compileUnitText, writeCodeCache } from '../../src/code/unit_code_cache.js';

const ERLTS = fileURLToPath(new URL('../../../bin/erlts', import.meta.url));

/** A unit text whose factory returns `value`: texts of one length for one-digit values. */
function text(value: number): string {
  return `"use strict";\nfunction f0() { return ${value}; }\nreturn { fns: [f0], lambdas: [] };`;
}

function run(script: { runInThisContext(): unknown }): number {
  const make = script.runInThisContext() as (...a: unknown[]) => { fns: (() => number)[] };
  return make(null, [], [], [], [])!.fns[0]!();
}

test('a code cache is used for the text it was made from', () => {
  withDir('erlts-unit-cache-', (dir) => {
    const file = path.join(dir, 'm.v8');
    const made = compileUnitText(text(1), 'erlts-unit-t1', file, 'stamp-1', false);
    assert.equal(run(made), 1);
    writeCodeCache(file, 'stamp-1', made);
    const again = compileUnitText(text(1), 'erlts-unit-t2', file, 'stamp-1', false);
    assert.equal(again.cachedDataRejected, false);
    assert.equal(run(again), 1);
  });
});

test('a code cache of another text of the same length is not used', () => {
  withDir('erlts-unit-cache-', (dir) => {
    const file = path.join(dir, 'm.v8');
    const made = compileUnitText(text(1), 'erlts-unit-t3', file, 'stamp-1', false);
    run(made);
    writeCodeCache(file, 'stamp-1', made);
    // V8 itself checks only the length of the source: the stamp is what tells them apart.
    const other = compileUnitText(text(2), 'erlts-unit-t4', file, 'stamp-2', false);
    assert.equal(other.cachedDataRejected, undefined, 'no cache given to V8');
    assert.equal(run(other), 2);
  });
});

test('a damaged code cache is refused by V8 and the text compiled', () => {
  withDir('erlts-unit-cache-', (dir) => {
    const file = path.join(dir, 'm.v8');
    fs.writeFileSync(file, Buffer.concat([Buffer.from('erlts-unit-code-cache stamp-3\n', 'latin1'), Buffer.alloc(4096, 7)]));
    const script = compileUnitText(text(3), 'erlts-unit-t5', file, 'stamp-3', false);
    assert.equal(script.cachedDataRejected, true);
    assert.equal(run(script), 3);
  });
});

test('the library units load with the code caches that the build made', () => {
  const r = spawnSync(ERLTS, ['-noshell', '-eval', 'io:format("~p~n", [lists:reverse(lists:seq(1, 3))]), halt().'], {
    env: { ...process.env, ERLTS_UNIT_CACHE_CHECK: '1' },
    encoding: 'utf8',
  });
  assert.equal(r.stdout, '[3,2,1]\n');
  assert.match(r.stderr, /^erlts: unit code cache lists\.v8 used$/m);
  assert.doesNotMatch(r.stderr, /not used/);
  assert.equal(r.status, 0);
});
