// The deep-stack worker's transport (src/compiler/deep_stack/flat_value.ts):
// values of any depth cross between threads, terms keep what makes them
// terms (interned atoms, boxed floats, bigints), shared objects stay shared.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { MessageChannel, receiveMessageOnPort } from 'node:worker_threads';
import { flatten, unflatten } from '../../src/compiler/deep_stack/flat_value.js';
import { Atom, Cons, ErlFloat, NIL, type Term } from '../../src/terms/types.js';
import { compareExact } from '../../src/terms/compare.js';

/** Through a real port, as between the worker and the node. */
function roundTrip(x: unknown): unknown {
  const { port1, port2 } = new MessageChannel();
  port1.postMessage(flatten(x));
  const got = receiveMessageOnPort(port2)!.message;
  port1.close();
  return unflatten(got);
}

test('a syntax tree 100,000 deep crosses a port and comes back whole', () => {
  let tree: Record<string, unknown> = { kind: 'integer', line: 1, col: 1, value: 7 };
  for (let i = 0; i < 100_000; i++) tree = { kind: 'cons', line: 1, col: i, head: { kind: 'var', line: 1, col: 1, name: 'X' }, tail: tree };
  let back = roundTrip(tree) as Record<string, unknown>;
  let depth = 0;
  while (back.kind === 'cons') {
    assert.equal(back.col, 99_999 - depth);
    back = back.tail as Record<string, unknown>;
    depth++;
  }
  assert.equal(depth, 100_000);
  assert.deepEqual(back, { kind: 'integer', line: 1, col: 1, value: 7 });
});

test('terms keep interned atoms, boxed floats, bigints and tuples', () => {
  const term: Term = [Atom.of('ok'), new ErlFloat(1), 2n ** 70n, new Cons(1, new Cons(Atom.of('a'), NIL)), []];
  const back = roundTrip({ kind: 'term', line: 1, col: 1, value: term, consts: [term] }) as { value: Term; consts: Term[] };
  assert.equal(compareExact(back.value, term), 0);
  assert.equal((back.value as Term[])[0], Atom.of('ok'));
  assert.ok((back.value as Term[])[1] instanceof ErlFloat);
  assert.equal((back.value as Term[])[2], 2n ** 70n);
  assert.equal(compareExact(back.consts[0]!, term), 0);
});

test('an object met twice is one object after the trip; Maps survive', () => {
  const shared = { kind: 'var', name: 'X' };
  const back = roundTrip({ a: shared, b: [shared, shared], m: new Map([['k', shared]]) }) as {
    a: object;
    b: object[];
    m: Map<string, object>;
  };
  assert.equal(back.b[0], back.a);
  assert.equal(back.b[1], back.a);
  assert.equal(back.m.get('k'), back.a);
  assert.deepEqual(back.a, shared);
});
