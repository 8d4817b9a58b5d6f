// Natives must not recurse on the JS stack: Erlang lists of millions of
// elements, and deeply nested ones, are ordinary.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Cons, NIL, type Term } from '../../src/terms/types.js';
import type { ProcessContext } from '../../src/vm/native.js';
import { listsNatives } from '../../src/bifs/lists/lists.js';
import { erlangPureNatives } from '../../src/bifs/erlang/pure.js';
import { listAppend, listSubtract } from '../../src/terms/list_ops.js';

const p: ProcessContext = { vm: null };
const lists = listsNatives.functions;
const erlang = erlangPureNatives.functions;
const N = 2_000_000;

function nested(depth: number): Term {
  let l: Term = new Cons(1, NIL);
  for (let i = 0; i < depth; i++) l = new Cons(l, new Cons(i % 256, NIL));
  return l;
}

test('first-order list functions handle millions of elements', () => {
  const big = lists['seq/2']!(p, 1, N);
  assert.equal(erlang['length/1']!(p, big), N);
  const rev = lists['reverse/1']!(p, big);
  assert.equal((rev as Cons).head, N);
  assert.equal(lists['sum/1']!(p, big), (N * (N + 1)) / 2);
  assert.equal(lists['last/1']!(p, lists['sort/1']!(p, rev)), N);
  assert.equal(lists['nth/2']!(p, N, big), N);
  // ++ and -- (what lists:append/2 and lists:subtract/2 call).
  assert.equal(erlang['length/1']!(p, listAppend(big, big)), 2 * N);
  assert.equal(erlang['length/1']!(p, listSubtract(big, lists['seq/2']!(p, 1, N / 2))), N / 2);
  assert.equal(erlang['length/1']!(p, lists['usort/1']!(p, listAppend(big, big))), N);
  assert.equal(lists['max/1']!(p, big), N);
  assert.equal(erlang['length/1']!(p, lists['zip/2']!(p, big, big)), N);
  assert.equal(erlang['length/1']!(p, lists['duplicate/2']!(p, N, 0)), N);
});

test('deeply nested lists flatten without recursion', () => {
  const deep = nested(500_000);
  assert.equal(lists['flatlength/1']!(p, deep), 500_001);
  assert.equal(erlang['length/1']!(p, lists['flatten/1']!(p, deep)), 500_001);
  assert.equal(erlang['iolist_size/1']!(p, deep), 500_001);
});
