// Checks the erlang natives against calls recorded from real erl
// (test/bifs/cases/erlang.calls -> data/erlang.jsonl, see gen_expected.escript).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { replay } from './oracle.js';
import { erlangPureNatives } from '../../src/bifs/erlang/pure.js';
import { listsNatives } from '../../src/bifs/lists/lists.js';
import { mapsNatives } from '../../src/bifs/maps.js';

// Known differences, each owned elsewhere; this list should only shrink.
const KNOWN = new Set([
  'erlang:phash2([1,2,3]).', // src/terms/hash.ts hashes lists differently from erts
]);

test('erlang natives behave like real erl', () => {
  const { checked, mismatches } = replay('erlang', [erlangPureNatives, listsNatives, mapsNatives], KNOWN);
  assert.ok(checked > 0);
  assert.deepEqual(mismatches, []);
});
