// Arithmetic against real erl (data from gen_arith.escript), plus parsing helpers.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as arith from '../../src/terms/arith.js';
import { ErlException } from '../../src/terms/exception.js';
import { A, ErlFloat, normInt, type Term } from '../../src/terms/types.js';

const url = new URL('../../../test/terms/data/arith.jsonl', import.meta.url);
const rows = readFileSync(url, 'utf8')
  .trimEnd()
  .split('\n')
  .map((l) => JSON.parse(l));

function dec(j: any): Term {
  if ('int' in j) return normInt(BigInt(j.int));
  const dv = new DataView(new ArrayBuffer(8));
  dv.setBigUint64(0, BigInt('0x' + j.float));
  return new ErlFloat(dv.getFloat64(0));
}

function show(t: unknown): string {
  if (t instanceof ErlFloat) return `${Object.is(t.value, -0) ? '-0' : t.value}f`;
  if (typeof t === 'object' && t !== null && 'error' in t) return `error:${(t as any).error}`;
  return String(t);
}

const orBadarg = (v: Term | number | undefined) => (v === undefined ? { error: 'badarith' } : v);
const ops: Record<string, (...a: Term[]) => unknown> = {
  '+': arith.add,
  '-': arith.sub,
  '*': arith.mul,
  '/': arith.div,
  div: arith.intDiv,
  rem: arith.rem,
  band: arith.band,
  bor: arith.bor,
  bxor: arith.bxor,
  bsl: arith.bsl,
  bsr: arith.bsr,
  neg: arith.neg,
  bnot: arith.bnot,
  abs: arith.abs,
  trunc: (a) => orBadarg(arith.trunc(a)),
  round: (a) => orBadarg(arith.round(a)),
  floor: (a) => orBadarg(arith.floor(a)),
  ceil: (a) => orBadarg(arith.ceil(a)),
  float: (a) => {
    const x = arith.toFloat(a);
    return x === undefined ? { error: 'badarith' } : new ErlFloat(x);
  },
};

test(`arithmetic matches erl on ${rows.length} cases`, () => {
  const bad: string[] = [];
  for (const r of rows) {
    const args = r.args.map(dec);
    let got: unknown;
    try {
      got = ops[r.op]!(...args);
    } catch (e) {
      if (!(e instanceof ErlException)) throw e;
      got = { error: (e.reason as any).name };
    }
    const want = 'error' in r.result ? r.result : dec(r.result);
    if (show(got) !== show(want)) bad.push(`${r.op}(${args.map(show)}): got ${show(got)} want ${show(want)}`);
  }
  assert.deepEqual(bad.slice(0, 10), []);
});

test('system_limit for huge shifts, zero survives', () => {
  assert.throws(
    () => arith.bsl(1, 33554368),
    (e: any) => e.reason === A.system_limit,
  );
  assert.equal(typeof arith.bsl(1, 33554367), 'bigint');
  assert.equal(arith.bsl(0, 2n ** 70n), 0);
  assert.equal(arith.bsr(-5, 2n ** 70n), -1);
});

test('list_to_integer and list_to_float rules', () => {
  assert.equal(arith.parseInt('ff', 16), 255);
  assert.equal(arith.parseInt('-FF', 16), -255);
  assert.equal(arith.parseInt('+10', 2), 2);
  assert.equal(arith.parseInt('zzzzzzzzzzzzzzzz', 36), 7958661109946400884391935n);
  assert.equal(arith.parseInt('123456789012345678901234567890'), 123456789012345678901234567890n);
  for (const s of ['', '-', '1_0', ' 1', '1 ']) assert.equal(arith.parseInt(s), undefined);
  assert.equal(arith.parseInt('12', 2), undefined);
  assert.equal(arith.parseFloat('1.0e5'), 1e5);
  assert.equal(arith.parseFloat('+1.0'), 1);
  assert.equal(arith.parseFloat('1.0E+5'), 1e5);
  assert.equal(arith.parseFloat('1.0e-400'), 0);
  for (const s of ['1', '1.', '.5', '1e5', ' 1.0', '1.0 ', '1.5e', '1.5e400', '1.8e308']) {
    assert.equal(arith.parseFloat(s), undefined, s);
  }
  assert.equal(arith.intToString(-255, 16), '-FF');
  assert.equal(arith.intToString(255, 36), '73');
});
