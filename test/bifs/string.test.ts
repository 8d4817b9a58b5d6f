// Checks the string natives against calls recorded from real erl.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { replay } from './oracle.js';
import { stringNatives } from '../../src/bifs/string/string.js';

// Known differences; this list should only shrink.
const KNOWN = new Set([
  'string:titlecase(<<"ßa">>).', // crashes inside OTP 25's unicode_util; we return <<"SSa">>
  'string:trim(1).', // function_clause too, but erl blames string:trim_l/2, we unicode_util:cp/1
]);

test('string natives behave like real erl', () => {
  const { checked, mismatches } = replay('string', [stringNatives], KNOWN);
  assert.ok(checked > 0);
  assert.deepEqual(mismatches, []);
});
