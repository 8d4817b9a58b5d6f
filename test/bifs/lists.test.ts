// Checks the lists natives against calls recorded from real erl
// (test/bifs/cases/lists.calls -> data/lists.jsonl, see gen_expected.escript).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { replay } from './oracle.js';
import { erlangPureNatives } from '../../src/bifs/erlang/pure.js';
import { listsNatives } from '../../src/bifs/lists/lists.js';
import { mapsNatives } from '../../src/bifs/maps.js';

test('lists natives behave like real erl', () => {
  const { checked, mismatches } = replay('lists', [erlangPureNatives, listsNatives, mapsNatives]);
  assert.ok(checked > 0);
  assert.deepEqual(mismatches, []);
});
