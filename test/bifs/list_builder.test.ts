// erlts_lists (src/bifs/lists/builder.ts): the builder lists:map appends
// its results with. It mutates cells, so it must never touch a cell anyone
// else can see: not before finish hands the list out (no push after it),
// and never a list it did not make. Its handle is a reference, which never
// changes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { erltsListsNatives } from '../../src/bifs/lists/builder.js';
import { spine } from '../../src/bifs/lists/util.js';
import { Atom, Cons, NIL, Ref, type Term } from '../../src/terms/types.js';
import { ErlException } from '../../src/terms/exception.js';

const fns = erltsListsNatives.functions as Record<string, (p: unknown, ...a: Term[]) => Term>;
let refs = 0;
/** A process as the natives see it: builder/0 only makes a reference. */
const proc = { vm: { makeRef: () => new Ref(Atom.of('nonode@nohost'), [++refs, 0, 0]) } };
const call = (name: string, ...args: Term[]) => fns[name]!(proc, ...args);
const items = (l: Term) => {
  const s = spine(l);
  return { items: s.items, tail: s.tail };
};
const isBadarg = (e: unknown) => e instanceof ErlException && e.reason === Atom.of('badarg');

test('a builder gives its pushes in order, on the tail given to finish', () => {
  const b = call('builder/0');
  call('push/2', b, 1);
  call('push4/5', b, 2, 3, 4, 5);
  call('push/2', b, 6);
  assert.deepEqual(items(call('finish/2', b, NIL)), { items: [1, 2, 3, 4, 5, 6], tail: NIL });
  const e = call('builder/0');
  assert.equal(call('finish/2', e, NIL), NIL);
  const t = call('builder/0');
  call('push/2', t, 7);
  assert.deepEqual(items(call('finish/2', t, Atom.of('end'))), { items: [7], tail: Atom.of('end') });
});

test('interleaved builders (a map inside a map) keep their own lists', () => {
  const outer = call('builder/0');
  call('push/2', outer, 1);
  const inner = call('builder/0');
  call('push/2', inner, 10);
  call('push/2', outer, 2);
  call('push4/5', inner, 11, 12, 13, 14);
  call('push/2', outer, 3);
  assert.deepEqual(items(call('finish/2', inner, NIL)).items, [10, 11, 12, 13, 14]);
  call('push/2', outer, 4);
  assert.deepEqual(items(call('finish/2', outer, NIL)).items, [1, 2, 3, 4]);
});

test('a finished list never changes: the builder is closed', () => {
  const b = call('builder/0');
  call('push/2', b, 1);
  const list = call('finish/2', b, NIL);
  assert.throws(() => call('push/2', b, 2), isBadarg);
  assert.throws(() => call('push4/5', b, 2, 3, 4, 5), isBadarg);
  assert.throws(() => call('finish/2', b, NIL), isBadarg);
  assert.deepEqual(items(list), { items: [1], tail: NIL });
});

test('a list the builder did not make is refused, not changed', () => {
  const mine = new Cons(1, new Cons(2, NIL));
  const stranger = new Ref(Atom.of('nonode@nohost'), [999, 0, 0]);
  for (const bad of [mine as Term, stranger, NIL, 1, Atom.of('b')]) {
    assert.throws(() => call('push/2', bad, 3), isBadarg);
    assert.throws(() => call('finish/2', bad, NIL), isBadarg);
  }
  assert.deepEqual(items(mine), { items: [1, 2], tail: NIL });
});
