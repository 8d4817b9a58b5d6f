// Checks the erlang natives against calls recorded from real erl
// (test/bifs/cases/erlang.calls -> data/erlang.jsonl, see gen_expected.escript).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { replayKnown } from './oracle.js';
import { erlangPureNatives } from '../../src/bifs/erlang/pure.js';
import { listsNatives } from '../../src/bifs/lists/lists.js';
import { mapsNatives } from '../../src/bifs/maps.js';

test('erlang natives behave like real erl', () => {
  const { checked, problems } = replayKnown('erlang', [erlangPureNatives, listsNatives, mapsNatives]); // known differences: test/bifs/known_failures.txt
  assert.ok(checked > 0);
  assert.deepEqual(problems, []);
});
