// phash2 against real erl (data from gen_terms.escript), and hashTerm's contract.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { phash2, hashTerm } from '../../src/terms/hash.js';
import { exactEq } from '../../src/terms/equality.js';
import { Atom, ErlFloat, type Term } from '../../src/terms/types.js';
import { decodeTerm, loadTermData } from './term_json.js';

const rows = loadTermData().filter((r) => 'hash' in r);

test(`phash2/1,2 match erl on ${rows.length} terms`, () => {
  const bad: string[] = [];
  for (const r of rows) {
    const t = decodeTerm(r.hash);
    const got = [phash2(t), phash2(t, 1000), phash2(t, 2 ** 32)];
    const want = [+r.phash2, +r.phash2_1000, +r.phash2_2_32];
    if (got.join() !== want.join()) bad.push(`${JSON.stringify(r.hash).slice(0, 120)}: got ${got} want ${want}`);
  }
  assert.deepEqual(bad.slice(0, 8), []);
});

test('hashTerm agrees with exactEq', () => {
  const terms = rows.map((r) => decodeTerm(r.hash));
  for (const a of terms) {
    const h = hashTerm(a);
    assert.ok(h >>> 0 === h);
    for (const b of terms.slice(0, 60)) if (exactEq(a, b)) assert.equal(hashTerm(b), h);
  }
  assert.equal(hashTerm(new ErlFloat(0)), hashTerm(new ErlFloat(-0)));
});

test('hashTerm of flat tuples: =:= tuples agree, and {X, Y} cells spread', () => {
  const pairs: [Term[], Term[]][] = [
    [[], []],
    [
      [1, 2],
      [1, 2],
    ],
    [
      [-5, 2 ** 40],
      [-5, 2 ** 40],
    ],
    [
      [Atom.of('a'), 7],
      [Atom.of('a'), 7],
    ],
    [
      [0, 2 ** 31, -(2 ** 53 - 1)],
      [0, 2 ** 31, -(2 ** 53 - 1)],
    ],
  ];
  for (const [a, b] of pairs) assert.equal(hashTerm(a), hashTerm(b));
  const seen = new Set<number>();
  for (let x = 0; x < 300; x++) for (let y = 0; y < 300; y++) seen.add(hashTerm([x, y]));
  assert.ok(seen.size > 89000, `only ${seen.size} distinct hashes of 90000 cells`);
  // A tuple holding other terms takes the general walk and still agrees with an equal copy.
  assert.equal(hashTerm([1, new ErlFloat(2)]), hashTerm([1, new ErlFloat(2)]));
  assert.notEqual(hashTerm([1, 2]), hashTerm([2, 1]));
});

test('hashTerm of integers and {X, Y} cells: runs stay apart past the dense ranges', () => {
  const distinct = (ts: Term[]) => new Set(ts.map(hashTerm)).size / ts.length;
  const ints: Term[] = [];
  for (let i = 0; i < 50_000; i++) ints.push(i, i * 2 ** 18, -i - 1, 2 ** 30 + i * 977);
  assert.ok(distinct(ints) > 0.999, 'integer hashes collide');
  const cells: Term[] = [];
  for (let x = -700; x < 700; x++) for (let y = -50; y < 50; y++) cells.push([x, y]);
  for (let i = 0; i < 20_000; i++) cells.push([i * 512, 0], [0, i * 4096], [i, -i]);
  assert.ok(distinct(cells) > 0.999, 'cell hashes collide');
});
