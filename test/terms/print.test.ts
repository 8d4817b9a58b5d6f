// Term printing against real erl output (data from gen_print_data.escript).

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeTerm } from '../../src/terms/print/write.js';
import { prettyTerm } from '../../src/terms/print/pretty.js';
import { shellFormat } from '../../src/terms/print/shell.js';
import { decode, loadData, testRecords, type Enc, type Outcome } from './print_terms.js';
import type { Term } from '../../src/terms/types.js';

interface TermCase {
  src: string;
  term: Enc;
  [variant: string]: Outcome | Enc | string;
}

const VARIANTS: { [name: string]: (t: Term) => string } = {
  w: (t) => writeTerm(t),
  tw: (t) => writeTerm(t, { encoding: 'unicode' }),
  w3: (t) => writeTerm(t, { depth: 3 }),
  w5: (t) => writeTerm(t, { depth: 5 }),
  p: (t) => prettyTerm(t),
  tp: (t) => prettyTerm(t, { encoding: 'unicode' }),
  lp: (t) => prettyTerm(t, { strings: false }),
  p3: (t) => prettyTerm(t, { depth: 3 }),
  p8: (t) => prettyTerm(t, { depth: 8 }),
  p40: (t) => prettyTerm(t, { lineLength: 40 }),
  pcol20: (t) => 'x'.repeat(19) + prettyTerm(t, { column: 20 }),
  rec: (t) => prettyTerm(t, { records: testRecords, encoding: 'unicode' }),
  rec30: (t) => prettyTerm(t, { records: testRecords, encoding: 'unicode', lineLength: 30 }),
  shell: (t) => shellFormat(t, { records: testRecords }),
  shellu: (t) => shellFormat(t, { records: testRecords, encoding: 'unicode' }),
  shell10: (t) => shellFormat(t, { records: testRecords, column: 10 }),
};

const cases = loadData<TermCase[]>('print_data.json');

for (const [variant, print] of Object.entries(VARIANTS)) {
  test(`print ${variant}`, () => {
    const failures: string[] = [];
    for (const c of cases) {
      const expected = c[variant] as Outcome;
      if (typeof expected !== 'string') continue;
      let actual: string;
      try {
        actual = print(decode(c.term));
      } catch (e) {
        actual = `THREW ${String(e)}`;
      }
      if (actual !== expected) failures.push(`${c.src}\n  expected: ${JSON.stringify(expected)}\n  actual:   ${JSON.stringify(actual)}`);
    }
    assert.equal(failures.length, 0, `${failures.length} mismatches:\n` + failures.slice(0, 8).join('\n'));
  });
}
