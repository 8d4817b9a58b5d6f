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
  // concat/1 calls a fun, so it is Erlang (lib/erlang/lists.erl): the differential suite checks it.
  assert.deepEqual(
    mismatches.filter((m) => m.problem !== 'no native lists:concat/1'),
    [],
  );
});
