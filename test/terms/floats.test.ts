// Compares float formatting with real erl's output, recorded by gen_floats.escript.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import {
  formatFloatShortest,
  floatToListDefault,
  floatToListOpts,
  formatFloatE,
  formatFloatF,
  formatFloatG,
  type FloatToListOptions,
} from '../../src/terms/floats.js';
import { ErlException } from '../../src/terms/exception.js';

const dataUrl = new URL('../../../test/terms/data/floats.tsv', import.meta.url);
const rows = readFileSync(dataUrl, 'utf8')
  .trimEnd()
  .split('\n')
  .map((l) => l.split('\t'));

function fromHex(h: string): number {
  const dv = new DataView(new ArrayBuffer(8));
  dv.setBigUint64(0, BigInt('0x' + h));
  return dv.getFloat64(0);
}

function opts(x: number, o: FloatToListOptions): string {
  try {
    return floatToListOpts(x, o);
  } catch (e) {
    if (e instanceof ErlException) return 'badarg';
    throw e;
  }
}

const columns: [string, (x: number) => string][] = [
  ['short', formatFloatShortest],
  ['float_to_list/1', floatToListDefault],
  ['decimals 0', (x) => opts(x, { decimals: 0 })],
  ['decimals 2', (x) => opts(x, { decimals: 2 })],
  ['decimals 5', (x) => opts(x, { decimals: 5 })],
  ['decimals 10 compact', (x) => opts(x, { decimals: 10, compact: true })],
  ['decimals 4 compact', (x) => opts(x, { decimals: 4, compact: true })],
  ['decimals 30', (x) => opts(x, { decimals: 30 })],
  ['scientific 3', (x) => opts(x, { scientific: 3 })],
  ['scientific 0', (x) => opts(x, { scientific: 0 })],
  ['scientific 30', (x) => opts(x, { scientific: 30 })],
  ['~e', (x) => formatFloatE(x)],
  ['~f', (x) => formatFloatF(x)],
  ['~g', (x) => formatFloatG(x)],
  ['~.3e', (x) => formatFloatE(x, 3)],
  ['~.2f', (x) => formatFloatF(x, 2)],
  ['~.10g', (x) => formatFloatG(x, 10)],
  ['~.1g', (x) => formatFloatG(x, 1)],
  ['~p', formatFloatShortest],
];

for (const [i, [name, fn]] of columns.entries()) {
  test(`floats: ${name} matches erl on ${rows.length} values`, () => {
    const bad: string[] = [];
    for (const row of rows) {
      const x = fromHex(row[0]!);
      const got = fn(x);
      if (got !== row[i + 1]) bad.push(`${row[1]}: got ${got}, erl ${row[i + 1]}`);
    }
    assert.deepEqual(bad.slice(0, 10), []);
  });
}

test('floats: examples from the brief', () => {
  const cases: [number, string][] = [
    [0.1, '0.1'],
    [1.0, '1.0'],
    [1e10, '1.0e10'],
    [3e-5, '3.0e-5'],
    [1e-10, '1.0e-10'],
    [123456789.0, '123456789.0'],
    [1e15, '1.0e15'],
    [1.2345678901234567e19, '1.2345678901234567e19'],
    [-0.0, '-0.0'],
    [5e-324, '5.0e-324'],
    [1.7976931348623157e308, '1.7976931348623157e308'],
  ];
  for (const [x, s] of cases) assert.equal(formatFloatShortest(x), s);
  assert.equal(floatToListDefault(1.0), '1.00000000000000000000e+00');
});
