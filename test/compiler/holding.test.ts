// Which locals a call clears (src/compiler/holding.ts): only those that may
// hold a value, so that every local's value at every point stays as it was
// when each call cleared all its dead locals.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { holdingBeforeCalls } from '../../src/compiler/holding.js';

const call = (k: number, args: string) => `pc = ${k}; r = f1(p${args}); if (r === SUSPEND) break L;`;

test('a local no path has written is not cleared; a written one is', () => {
  const blocks = [
    { label: 0, lines: ['v0 = a0;', call(1, ', v0')], clears: [null, ['a0', 'v1', 't0']] },
    { label: 1, lines: ['t0 = r;', 'v1 = t0;', call(2, ', v1')], clears: [null, null, ['v0', 't0']] },
    { label: 2, lines: ['return r;'], clears: [null] },
  ];
  const out = holdingBeforeCalls(blocks, ['a0', 'v0', 'v1', 't0'], ['a0'], [-1, -1, -1], new Map());
  assert.deepEqual(out[0], [null, ['a0']]);
  assert.deepEqual(out[1], [null, null, ['v0', 't0']]);
});

test('a local cleared once is not cleared again until written again', () => {
  const blocks = [
    { label: 0, lines: ['v0 = a0;', call(1, ', v0')], clears: [null, ['a0']] },
    { label: 1, lines: ['t0 = r;', call(2, ', t0')], clears: [null, ['a0', 'v0']] },
    { label: 2, lines: ['return r;'], clears: [null] },
  ];
  const out = holdingBeforeCalls(blocks, ['a0', 'v0', 't0'], ['a0'], [-1, -1, -1], new Map());
  assert.deepEqual(out[1], [null, ['v0']]);
});

test('values carried round a loop, into a handler or by a resumed frame are cleared', () => {
  const blocks = [
    { label: 0, lines: [call(1, ', a0')], clears: [['t1', 'v2']] },
    // The loop back to 0 carries t1; the handler (3) of block 1 sees v2.
    { label: 1, lines: ['t1 = r;', 'v2 = t1;', 'a0 = t1; pc = 0; continue;'], clears: [null, null, null] },
    { label: 3, lines: [call(4, ''), 'return r;'], clears: [['t1', 'v2', 'v5'], null] },
    { label: 4, lines: [call(5, ''), 'return r;'], clears: [['v6'], null] },
    { label: 5, lines: ['return r;'], clears: [null] },
  ];
  const out = holdingBeforeCalls(blocks, ['a0', 't1', 'v2', 'v5', 'v6'], ['a0'], [-1, 3, -1, -1, -1, -1], new Map([[4, ['v6']]]));
  assert.deepEqual(out[0], [['t1', 'v2']]);
  assert.deepEqual(out[2], [['t1', 'v2'], null]);
  // v6 comes only from a frame resumed at 4.
  assert.deepEqual(out[3], [['v6'], null]);
});

test('a huge function keeps every clear', () => {
  const blocks = [{ label: 0, lines: [call(1, '')], clears: [['v0']] }];
  const out = holdingBeforeCalls(blocks, ['v0'], [], [-1], new Map(), 0);
  assert.deepEqual(out[0], [['v0']]);
});
