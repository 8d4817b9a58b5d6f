// The persistent map: semantics against a reference, ordering, and size.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ErlMap } from '../../src/terms/map.js';
import { compareExact } from '../../src/terms/compare.js';
import { exactEq, eq } from '../../src/terms/equality.js';
import { hashTerm, phash2 } from '../../src/terms/hash.js';
import { Atom, ErlFloat, NIL, str, type Term } from '../../src/terms/types.js';

test('keys are matched with =:=, ordered integers before floats', () => {
  let m = ErlMap.EMPTY.set(new ErlFloat(1), Atom.of('a')).set(1, Atom.of('b'));
  assert.equal(m.size, 2);
  assert.deepEqual(m.keys(), [1, new ErlFloat(1)]);
  m = ErlMap.fromEntries([
    [2, 'x' as unknown as Term],
    [new ErlFloat(0.5), NIL],
    [-1, NIL],
    [new ErlFloat(1), NIL],
  ]);
  assert.deepEqual(m.keys(), [-1, 2, new ErlFloat(0.5), new ErlFloat(1)]);
  // 0.0 and -0.0 are one key in erl 25
  assert.equal(ErlMap.EMPTY.set(new ErlFloat(0), 1).set(new ErlFloat(-0), 2).size, 1);
  assert.equal(m.get(str('nope')), undefined);
  assert.equal(ErlMap.EMPTY.set(str('ab'), 1).get(str('ab')), 1);
});

test('set returns this when nothing changes; delete of absent key too', () => {
  const m = ErlMap.fromEntries([[Atom.of('a'), 1]]);
  assert.equal(m.set(Atom.of('a'), 1), m);
  assert.equal(m.delete(Atom.of('b')), m);
});

function rnd(seed: number): () => number {
  return () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) >>> 8) / 16777216;
}

test('random operations agree with a reference, across the small/large boundary', () => {
  const r = rnd(42);
  const pool: Term[] = [];
  for (let i = 0; i < 120; i++) {
    const k = r();
    pool.push(
      k < 0.3
        ? Math.floor(r() * 200)
        : k < 0.5
          ? new ErlFloat(Math.floor(r() * 50))
          : k < 0.7
            ? Atom.of('k' + Math.floor(r() * 60))
            : k < 0.85
              ? str('s' + Math.floor(r() * 60))
              : [Math.floor(r() * 9), Atom.of('t')],
    );
  }
  let m = ErlMap.EMPTY;
  let ref: [Term, Term][] = [];
  const versions: [ErlMap, [Term, Term][]][] = [];
  for (let step = 0; step < 6000; step++) {
    const k = pool[Math.floor(r() * pool.length)]!;
    const i = ref.findIndex(([x]) => exactEq(x, k));
    if (r() < 0.35) {
      m = m.delete(k);
      if (i >= 0) ref = ref.filter((_, j) => j !== i);
    } else {
      m = m.set(k, step);
      ref = i >= 0 ? ref.map((e, j) => (j === i ? [e[0], step] : e)) : [...ref, [k, step]];
    }
    assert.equal(m.size, ref.length);
    if (step % 500 === 0) versions.push([m, ref]);
  }
  // old versions are untouched
  for (const [v, rf] of versions) {
    const sorted = [...rf].sort((a, b) => compareExact(a[0], b[0]));
    assert.deepEqual(v.entries(), sorted);
    for (const [k, val] of rf) assert.equal(v.get(k), val);
  }
});

test('equality and phash2 do not depend on insertion order', () => {
  const pairs: [Term, Term][] = Array.from({ length: 100 }, (_, i) => [(i * 7919) % 1000, i]);
  const a = ErlMap.fromEntries(pairs);
  const b = ErlMap.fromEntries([...pairs].reverse());
  assert.ok(exactEq(a, b));
  assert.equal(phash2(a), phash2(b));
  assert.ok(eq(ErlMap.EMPTY.set(Atom.of('x'), 1), ErlMap.EMPTY.set(Atom.of('x'), new ErlFloat(1))));
  assert.ok(!exactEq(ErlMap.EMPTY.set(Atom.of('x'), 1), ErlMap.EMPTY.set(Atom.of('x'), new ErlFloat(1))));
});

// Speed is the benchmark suite's business (bench/); this checks a map of
// a million keys built one set at a time is whole and right.
test('a million keys with repeated set', () => {
  let m = ErlMap.EMPTY;
  for (let i = 0; i < 1_000_000; i++) m = m.set(i, i);
  assert.equal(m.size, 1_000_000);
  assert.equal(m.get(765432), 765432);
  assert.equal(m.get(1_000_000), undefined);
});

test('fromEntries builds large maps in place: later duplicates and new =:= keys win, earlier maps untouched', () => {
  const pairs: [Term, Term][] = [];
  for (let i = 0; i < 5000; i++) pairs.push([i % 1200, i]);
  pairs.push([new ErlFloat(0), Atom.of('pos')], [new ErlFloat(-0), Atom.of('neg')], [str('k'), 1], [str('k'), 2]);
  const built = ErlMap.fromEntries(pairs);
  let reference = ErlMap.EMPTY;
  for (const [k, v] of pairs) reference = reference.set(k, v, true);
  assert.equal(built.size, 1202);
  assert.ok(exactEq(built, reference));
  assert.deepEqual(built.entries(), reference.entries());
  assert.equal(built.get(7), 4807);
  assert.equal(built.get(str('k')), 2);
  assert.ok(Object.is((built.keys().find((k) => k instanceof ErlFloat) as ErlFloat).value, -0), 'the later of 0.0 and -0.0 is the key');
  // A map grown from the built one leaves it as it was.
  const grown = built.set(99999, 1).set(7, 0);
  assert.equal(built.get(7), 4807);
  assert.equal(built.get(99999), undefined);
  assert.equal(grown.size, 1203);
});

test('big maps list tuple keys in term order, flat integer tuples or not', () => {
  const r = rnd(7);
  const big = 2 ** 60;
  const cases: Term[][] = [
    // {X, Y} cells, negatives and big safe integers among them
    Array.from({ length: 3000 }, () => [Math.floor(r() * 200) - 100, Math.floor(r() * 2 ** 52) - 2 ** 51] as Term),
    // one key of another size: the general order (size first)
    [...Array.from({ length: 100 }, (_, i) => [i % 7, i] as Term), [1] as Term, [1, 2, 3] as Term],
    // a bignum or an atom inside: the general order
    [...Array.from({ length: 100 }, (_, i) => [i % 7, i] as Term), [3, BigInt(big)] as Term, [3, Atom.of('a')] as Term],
    // 4-tuples
    Array.from({ length: 500 }, (_, i) => [i % 3, i % 5, i % 7, i] as Term),
    // {X, Y} in small ranges, negatives too (sorted as packed numbers)
    Array.from({ length: 4000 }, (_, i) => [(i % 61) - 30, Math.floor(i / 61) - 7] as Term),
  ];
  for (const keys of cases) {
    const m = ErlMap.fromEntries(keys.map((k, i) => [k, i] as [Term, Term]));
    const expected = keys.slice().sort(compareExact);
    assert.deepEqual(m.keys(), expected);
    assert.deepEqual(
      m.entries().map(([k, v]) => [k, keys[v as number]]),
      expected.map((k) => [k, k]),
    );
  }
});

test('big maps list integer keys in order, at the 31-bit edges and past them', () => {
  const r = rnd(11);
  const sets: number[][] = [
    Array.from({ length: 5000 }, (_, i) => (i * 7919) % 100003),
    [...Array.from({ length: 100 }, (_, i) => i - 50), 0x7fffffff, -0x80000000, 0x7ffffffe, -0x7fffffff],
    [...Array.from({ length: 100 }, (_, i) => i * 3), 2 ** 31, -(2 ** 31) - 1, 2 ** 53 - 1],
    Array.from({ length: 3000 }, () => Math.floor(r() * 2 ** 32) - 2 ** 31),
  ];
  for (const keys of sets) {
    const uniq = [...new Set(keys)];
    const m = ErlMap.fromEntries(uniq.map((k) => [k, -k] as [Term, Term]));
    const sorted = uniq.slice().sort((a, b) => a - b);
    assert.deepEqual(m.keys(), sorted);
    assert.deepEqual(
      m.values(),
      sorted.map((k) => -k),
    );
  }
});

test('deep tries: random puts and deletes of many keys agree with a reference, old versions intact', () => {
  const r = rnd(7);
  // Integers past 32 bits hash through two words, so some share a hash:
  // find a pair to put collision nodes in the trie too.
  const seen = new Map<number, number>();
  const colliding: number[] = [];
  for (let i = 0; colliding.length === 0 && i < 400_000; i++) {
    const k = 2 ** 33 + Math.floor(r() * 2 ** 48);
    const h = hashTerm(k);
    const other = seen.get(h);
    if (other !== undefined) colliding.push(other, k);
    else seen.set(h, k);
  }
  assert.equal(colliding.length, 2, 'no two keys with one hash found');
  const keyOf = (i: number): Term => (i % 5 === 0 ? [i % 97, Math.floor(i / 97)] : i % 5 === 1 ? colliding[i & 1]! + (i & 2) : i);
  let m = ErlMap.EMPTY;
  const ref = new Map<string, [Term, number]>();
  const versions: [ErlMap, Map<string, [Term, number]>][] = [];
  for (let step = 0; step < 60_000; step++) {
    const k = keyOf(Math.floor(r() * 30_000));
    const id = JSON.stringify(k);
    if (r() < 0.3) {
      m = m.delete(k);
      ref.delete(id);
    } else {
      m = m.set(k, step);
      ref.set(id, [k, step]);
    }
    assert.equal(m.size, ref.size);
    if (step % 15_000 === 14_999) versions.push([m, new Map(ref)]);
  }
  for (const [v, rf] of versions) {
    for (const [k, val] of rf.values()) assert.equal(v.get(k), val);
    assert.equal(v.get(-1), undefined);
    const sorted = [...rf.values()].sort((a, b) => compareExact(a[0], b[0]));
    assert.deepEqual(v.entries(), sorted);
    assert.ok(ErlMap.fromEntries(sorted).every((k, val) => v.get(k) === val));
  }
  // Deleting every key goes back through the small layout to the empty map.
  let d = m;
  for (const [k] of ref.values()) d = d.delete(k);
  assert.equal(d.size, 0);
  assert.deepEqual(d.entries(), []);
});

test('a top-level slot emptied by deletes and filled again', () => {
  // 5000 keys fill all 64 top slots with subtrees; the keys of one slot go
  // and come back, the rest stay.
  let m = ErlMap.EMPTY;
  for (let i = 0; i < 5000; i++) m = m.set(i, i);
  const slot = (k: number) => hashTerm(k) & 63;
  const gone = [...Array(5000).keys()].filter((k) => slot(k) === slot(0));
  let d = m;
  for (const k of gone) d = d.delete(k);
  assert.equal(d.size, 5000 - gone.length);
  for (const k of gone) assert.equal(d.get(k), undefined);
  let back = d;
  for (const k of gone) back = back.set(k, -k);
  for (let i = 0; i < 5000; i++) {
    assert.equal(m.get(i), i);
    assert.equal(back.get(i), slot(i) === slot(0) ? -i : i);
  }
  assert.deepEqual(back.keys(), [...Array(5000).keys()]);
});
