// Term order and equality against real erl (pairs from gen_terms.escript).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compare, compareExact } from '../../src/terms/compare.js';
import { eq, exactEq } from '../../src/terms/equality.js';
import { Atom, ErlFloat, NIL, Pid, Port, Ref, list, str, type Term } from '../../src/terms/types.js';
import { ErlMap } from '../../src/terms/map.js';
import { decodeTerm, loadTermData } from './term_json.js';

const pairs = loadTermData()
  .filter((r) => 'cmp' in r)
  .map((r) => ({ a: decodeTerm(r.a), b: decodeTerm(r.b), r }));

function check(name: string, fn: (a: Term, b: Term) => unknown, want: (r: any) => unknown): void {
  test(`${name} matches erl on ${pairs.length} pairs`, () => {
    const bad: string[] = [];
    for (const { a, b, r } of pairs) {
      const got = fn(a, b);
      const w = want(r);
      if (got !== w) bad.push(`${JSON.stringify(r.a).slice(0, 100)} vs ${JSON.stringify(r.b).slice(0, 100)}: got ${got} want ${w}`);
    }
    assert.deepEqual(bad.slice(0, 6), []);
  });
}

check('compare', compare, (r) => +r.cmp);
check(
  'compare (swapped)',
  (a, b) => compare(b, a),
  (r) => -r.cmp + 0,
);
check('==', eq, (r) => r.eq);
check('=:=', exactEq, (r) => r.exact);
check('map key order', compareExact, (r) => +r.keyorder);

test('numbers across types', () => {
  assert.equal(eq(1, new ErlFloat(1)), true);
  assert.equal(exactEq(1, new ErlFloat(1)), false);
  assert.equal(eq(9007199254740993n, new ErlFloat(9007199254740992)), false);
  assert.equal(compare(9007199254740993n, new ErlFloat(9007199254740992)), 1);
  assert.equal(compare(2n ** 1100n, new ErlFloat(1.7976931348623157e308)), 1);
  assert.equal(compare(-(2n ** 1100n), new ErlFloat(-1.7976931348623157e308)), -1);
  assert.equal(compareExact(2, new ErlFloat(1)), -1);
  assert.equal(compareExact([new ErlFloat(1)], [2]), 1);
  assert.equal(exactEq(new ErlFloat(0), new ErlFloat(-0)), true);
});

test('long lists do not overflow the stack', () => {
  const n = 1_000_000;
  const items = Array.from({ length: n }, (_, i) => i);
  const a = list(items);
  const b = list(items);
  const c = list([...items.slice(0, -1), new ErlFloat(n - 1)]);
  assert.equal(exactEq(a, b), true);
  assert.equal(eq(a, c), true);
  assert.equal(exactEq(a, c), false);
  assert.equal(compare(a, b), 0);
  assert.equal(compare(a, c), 0);
  assert.equal(compareExact(a, c), -1);
});

test('type order', () => {
  const ordered: Term[] = [1, Atom.of('a'), [], ErlMap.EMPTY, NIL, str('a')];
  for (let i = 0; i + 1 < ordered.length; i++) assert.equal(compare(ordered[i]!, ordered[i + 1]!), -1);
});

test('pids compare numbers before nodes; ports and refs nodes first (as erl 25)', () => {
  const a = Atom.of('a@h');
  const b = Atom.of('b@h');
  const local = Atom.of('nonode@nohost');
  assert.equal(compare(new Pid(b, 5, 0, 1), new Pid(a, 6, 0, 1)), -1);
  assert.equal(compare(new Pid(b, 6, 0, 1), new Pid(a, 5, 1, 1)), -1);
  assert.equal(compare(new Pid(a, 5, 0, 1), new Pid(b, 5, 0, 1)), -1);
  assert.equal(compare(new Pid(a, 5, 0, 2), new Pid(a, 5, 0, 1)), 1);
  assert.equal(compare(new Port(local, 9), new Port(a, 5, 1)), 1);
  assert.equal(compare(new Port(a, 5, 1), new Port(b, 4, 1)), -1);
  assert.equal(compare(new Ref(a, [1, 1, 1], 1), new Ref(b, [0, 0, 0], 1)), -1);
  assert.equal(compare(new Ref(a, [1, 1, 1], 2), new Ref(a, [2, 2, 2], 1)), 1);
  assert.equal(compare(new Ref(a, [5, 1, 1], 1), new Ref(a, [1, 1, 2], 1)), -1);
});
