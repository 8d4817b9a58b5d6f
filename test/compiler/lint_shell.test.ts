// The shell's lint: messages and positions as in conformance cases
// 021-unbound-rebinding and 069-records-errors-empty.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lintExprs, formatShellError } from '../../src/compiler/lint/shell.js';
import type { RecordInfo } from '../../src/compiler/lint/state.js';
import { a, field, i, match, op, recGet, recNew, tuple, v } from './lint_ast_builders.js';

const first = (r: ReturnType<typeof lintExprs>) => (r.error ? formatShellError(r.error) : null);

test('unbound variable alone', () => {
  assert.equal(first(lintExprs([v('Y', [1, 1])], [])), "* 1:1: variable 'Y' is unbound");
});

test('bound variables are accepted', () => {
  assert.equal(first(lintExprs([v('X', [1, 1])], ['X'])), null);
});

test('Z = Z + 1 reports the use', () => {
  // "Z = Z + 1."
  const e = match([1, 3], v('Z', [1, 1]), op([1, 7], '+', v('Z', [1, 5]), i(1, [1, 9])));
  assert.equal(first(lintExprs([e], [])), "* 1:5: variable 'Z' is unbound");
});

test('{W, W2} = {1, W}', () => {
  const e = match([1, 10], tuple([1, 1], v('W', [1, 2]), v('W2', [1, 5])), tuple([1, 12], i(1, [1, 13]), v('W', [1, 15])));
  assert.equal(first(lintExprs([e], [])), "* 1:15: variable 'W' is unbound");
});

test('X = 5, X = 6 is not a lint error', () => {
  const es = [match([1, 3], v('X', [1, 1]), i(5, [1, 5])), match([1, 10], v('X', [1, 8]), i(6, [1, 12]))];
  assert.equal(first(lintExprs(es, [])), null);
});

const recR: RecordInfo = { name: 'r', line: 1, col: 1, fields: [{ name: 'a', line: 1, col: 1, default: a('undefined', [1, 1]) }] };

test('undefined record', () => {
  assert.equal(first(lintExprs([recNew([1, 1], 'undefined_rec')], [])), '* 1:1: record undefined_rec undefined');
});

test('field defined twice', () => {
  // "#r{a = 1, a = 2}."
  const e = recNew([1, 1], 'r', field([1, 4], 'a', i(1, [1, 8])), field([1, 11], 'a', i(2, [1, 15])));
  assert.equal(first(lintExprs([e], [], new Map([['r', recR]]))), '* 1:11: field a already defined in record r');
});

test('undefined field in access', () => {
  // "X = #r{a = 1}, X#r.b."
  const es = [match([1, 3], v('X', [1, 1]), recNew([1, 5], 'r', field([1, 8], 'a', i(1, [1, 12])))), recGet([1, 17], v('X', [1, 16]), 'r', 'b')];
  assert.equal(first(lintExprs(es, [], new Map([['r', recR]]))), '* 1:20: field b undefined in record r');
});
