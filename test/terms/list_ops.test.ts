// A ++ B and A -- B (src/terms/list_ops.ts), which serve both compiled
// code's operators and the lists natives: results against real erl
// (data/list_ops.jsonl, written by gen_list_ops.escript), erl's badarg for
// improper lists, and -- staying linear on long lists.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { Atom, Cons, ErlFloat, NIL, list, type Term } from '../../src/terms/types.js';
import { ErlException } from '../../src/terms/exception.js';
import { listAppend, listSubtract } from '../../src/terms/list_ops.js';
import { fromJson, toJson } from '../bifs/oracle.js';

interface Pair {
  a: unknown;
  b: unknown;
  minus: unknown;
  plus: unknown;
}

const pairs: Pair[] = readFileSync(new URL('../../../test/terms/data/list_ops.jsonl', import.meta.url), 'utf8')
  .trimEnd()
  .split('\n')
  .map((l) => JSON.parse(l) as Pair);

const text = (t: Term) => JSON.stringify(toJson(t));
const term = (j: unknown) => fromJson(j as never);

test('A -- B and A ++ B give what erl gives', () => {
  const bad: string[] = [];
  for (const p of pairs) {
    const a = term(p.a);
    const b = term(p.b);
    if (text(listSubtract(a, b)) !== text(term(p.minus))) bad.push(`${text(a)} -- ${text(b)} = ${text(listSubtract(a, b))}`);
    if (text(listAppend(a, b)) !== text(term(p.plus))) bad.push(`${text(a)} ++ ${text(b)}`);
  }
  assert.ok(pairs.length >= 400);
  assert.deepEqual(bad.slice(0, 5), []);
});

test('-- matches with =:=: integers are not floats, 0.0 is -0.0', () => {
  const f = (x: number) => new ErlFloat(x);
  assert.equal(text(listSubtract(list([1]), list([f(1)]))), text(list([1])));
  assert.equal(text(listSubtract(list([f(0)]), list([f(-0)]))), text(NIL));
  assert.equal(text(listSubtract(list([[1], [f(1)], [1]]), list([[f(1)], [1]]))), text(list([[1]])));
  // The first occurrences go: [1,2,1,3,1] -- [1,1] is [2,3,1].
  assert.equal(text(listSubtract(list([1, 2, 1, 3, 1]), list([1, 1]))), text(list([2, 3, 1])));
});

function badargOf(run: () => Term): { fn: string | undefined; args: string } {
  try {
    run();
  } catch (e) {
    assert.ok(e instanceof ErlException);
    assert.equal(e.reason, Atom.of('badarg'));
    return { fn: e.info?.function, args: text(list(e.info?.args ?? [])) };
  }
  assert.fail('no exception');
}

test('improper lists fail with badarg in the operator, as in erl', () => {
  const x = Atom.of('x');
  const improper = new Cons(1, 2);
  assert.deepEqual(
    badargOf(() => listAppend(improper, list([3]))),
    { fn: '++', args: text(list([improper, list([3])])) },
  );
  assert.deepEqual(
    badargOf(() => listAppend(x, NIL)),
    { fn: '++', args: text(list([x, NIL])) },
  );
  assert.deepEqual(
    badargOf(() => listSubtract(improper, list([3]))),
    { fn: '--', args: text(list([improper, list([3])])) },
  );
  assert.deepEqual(badargOf(() => listSubtract(list([1]), new Cons(3, 4))).fn, '--');
  assert.deepEqual(badargOf(() => listSubtract(NIL, improper)).fn, '--');
  assert.deepEqual(badargOf(() => listSubtract(x, NIL)).fn, '--');
  // ++ never walks its right side: [] ++ x is x, [1] ++ x is [1|x].
  assert.equal(listAppend(NIL, x), x);
  assert.equal(text(listAppend(list([1]), x)), text(new Cons(1, x)));
});

// A quadratic -- would take hours here: the time-out catches it, no stopwatch needed.
test('-- is linear: 200000 tuples minus 100000 of them', { timeout: 120_000 }, () => {
  const n = 200_000;
  const a = list(Array.from({ length: n }, (_, i): Term => [i % 1000, new ErlFloat(i)]));
  const b = list(Array.from({ length: n / 2 }, (_, i): Term => [(2 * i) % 1000, new ErlFloat(2 * i)]));
  const out = listSubtract(a, b);
  let count = 0;
  for (let l = out; l instanceof Cons; l = l.tail) count++;
  assert.equal(count, n / 2);
});

test('the cells after the last removal are shared with A', () => {
  const tail = list([3, 4, 5]);
  const a = new Cons(1, new Cons(2, tail));
  const out = listSubtract(a, list([2]));
  assert.ok(out instanceof Cons && out.tail === tail);
});
