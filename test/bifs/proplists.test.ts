// Checks the proplists natives against calls recorded from real erl.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { replay } from './oracle.js';
import { proplistsNatives } from '../../src/bifs/proplists.js';

// get_keys/1: OTP returns its sets' hash order, we sort; equal for small cases.
const KNOWN = new Set<string>();

test('proplists natives behave like real erl', () => {
  const { checked, mismatches } = replay('proplists', [proplistsNatives], KNOWN);
  assert.ok(checked > 0);
  assert.deepEqual(mismatches, []);
});
