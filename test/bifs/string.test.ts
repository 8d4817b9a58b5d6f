// Checks the string natives against calls recorded from real erl.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { replayKnown } from './oracle.js';
import { stringNatives } from '../../src/bifs/string/string.js';

test('string natives behave like real erl', () => {
  const { checked, problems } = replayKnown('string', [stringNatives]); // known differences: test/bifs/known_failures.txt
  assert.ok(checked > 0);
  assert.deepEqual(problems, []);
});
