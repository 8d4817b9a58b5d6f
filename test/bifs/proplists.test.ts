// Checks the proplists natives against calls recorded from real erl.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { replayKnown } from './oracle.js';
import { proplistsNatives } from '../../src/bifs/proplists.js';

// get_keys/1: OTP returns its sets' hash order, we sort; equal for small cases.

test('proplists natives behave like real erl', () => {
  const { checked, problems } = replayKnown('proplists', [proplistsNatives]); // known differences: test/bifs/known_failures.txt
  assert.ok(checked > 0);
  // to_map/1,2 call a fun, so they are Erlang (lib/erlang/proplists.erl): the differential suite checks them.
  assert.deepEqual(
    problems.filter((p) => !p.includes('no native proplists:to_map/')),
    [],
  );
});
