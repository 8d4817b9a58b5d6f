// erlts_lists (src/bifs/lists/builder.ts): the accumulator lists:map
// appends its results with. A builder mutates cells, so it must never touch
// a cell anyone else can see: not before finish hands the list out (no push
// after it), and never a list it did not make. Its handle is a reference,
// which never changes; a short map's accumulator is a reversed list, which
// push and finish take without changing it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { erltsListsNatives } from '../../src/bifs/lists/builder.js';
import { spine } from '../../src/bifs/lists/util.js';
import { Atom, Cons, NIL, Ref, type Term } from '../../src/terms/types.js';
import { ErlException } from '../../src/terms/exception.js';

const fns = erltsListsNatives.functions as Record<string, (p: unknown, ...a: Term[]) => Term>;
let refs = 0;
/** A process as the natives see it: a builder only needs a reference. */
const proc = { vm: { makeRef: () => new Ref(Atom.of('nonode@nohost'), [++refs, 0, 0]) } };
const call = (name: string, ...args: Term[]) => fns[name]!(proc, ...args);
const items = (l: Term) => {
  const s = spine(l);
  return { items: s.items, tail: s.tail };
};
const isBadarg = (e: unknown) => e instanceof ErlException && e.reason === Atom.of('badarg');
const list = (...xs: Term[]) => xs.reduceRight<Term>((t, x) => new Cons(x, t), NIL);
/** What a long map still has to do: a reversed accumulator becomes a builder. */
const LONG = list(...Array.from({ length: 20 }, (_, i) => i));

test('a builder gives its pushes in order, on the tail given to finish', () => {
  let acc = call('push/2', NIL, 1);
  acc = call('push/2', acc, 2);
  const b = call('push4/6', acc, 3, 4, 5, 6, LONG);
  assert.ok(b instanceof Ref);
  assert.equal(call('push/2', b, 7), b);
  assert.equal(call('push4/6', b, 8, 9, 10, 11, LONG), b);
  assert.deepEqual(items(call('finish/2', b, NIL)), { items: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11], tail: NIL });
  const t = call('push4/6', NIL, 1, 2, 3, 4, LONG);
  assert.deepEqual(items(call('finish/2', t, Atom.of('end'))), { items: [1, 2, 3, 4], tail: Atom.of('end') });
});

test('a short accumulator is a reversed list, never changed', () => {
  const acc = list(2, 1);
  const more = call('push/2', acc, 3);
  assert.deepEqual(items(call('finish/2', more, NIL)).items, [1, 2, 3]);
  assert.deepEqual(items(call('finish/2', NIL, Atom.of('t'))), { items: [], tail: Atom.of('t') });
  const b = call('push4/6', acc, 3, 4, 5, 6, LONG);
  assert.deepEqual(items(call('finish/2', b, NIL)).items, [1, 2, 3, 4, 5, 6]);
  assert.deepEqual(items(acc), { items: [2, 1], tail: NIL });
  assert.deepEqual(items(more), { items: [3, 2, 1], tail: NIL });
});

test('a reversed accumulator with little left to do stays a reversed list', () => {
  const acc = call('push4/6', list(2, 1), 3, 4, 5, 6, list(7, 8));
  assert.ok(!(acc instanceof Ref));
  assert.deepEqual(items(acc).items, [6, 5, 4, 3, 2, 1]);
  assert.deepEqual(items(call('finish/2', call('push/2', acc, 7), NIL)).items, [1, 2, 3, 4, 5, 6, 7]);
});

test('interleaved builders (a map inside a map) keep their own lists', () => {
  const outer = call('push4/6', NIL, 1, 2, 3, 4, LONG);
  const inner = call('push4/6', NIL, 10, 11, 12, 13, LONG);
  call('push/2', outer, 5);
  call('push/2', inner, 14);
  assert.deepEqual(items(call('finish/2', inner, NIL)).items, [10, 11, 12, 13, 14]);
  call('push/2', outer, 6);
  assert.deepEqual(items(call('finish/2', outer, NIL)).items, [1, 2, 3, 4, 5, 6]);
});

test('a finished list never changes: the builder is closed', () => {
  const b = call('push4/6', NIL, 1, 2, 3, 4, LONG);
  const done = call('finish/2', b, NIL);
  assert.throws(() => call('push/2', b, 5), isBadarg);
  assert.throws(() => call('push4/6', b, 5, 6, 7, 8, LONG), isBadarg);
  assert.throws(() => call('finish/2', b, NIL), isBadarg);
  assert.deepEqual(items(done), { items: [1, 2, 3, 4], tail: NIL });
});

test('what is neither a builder nor a proper list is refused', () => {
  const improper = new Cons(1, Atom.of('x'));
  const stranger = new Ref(Atom.of('nonode@nohost'), [999, 0, 0]);
  for (const bad of [stranger as Term, 1, Atom.of('b')]) {
    assert.throws(() => call('push/2', bad, 3), isBadarg);
    assert.throws(() => call('push4/6', bad, 1, 2, 3, 4, LONG), isBadarg);
    assert.throws(() => call('finish/2', bad, NIL), isBadarg);
  }
  assert.throws(() => call('push4/6', improper, 1, 2, 3, 4, LONG), isBadarg);
  assert.throws(() => call('finish/2', improper, NIL), isBadarg);
  assert.deepEqual(items(improper), { items: [1], tail: Atom.of('x') });
});
