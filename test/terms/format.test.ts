// io_lib:format against real erl output (data from gen_print_data.escript).

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ioLibFormatTerm } from '../../src/terms/format.js';
import { ErlException } from '../../src/terms/exception.js';
import { explainFormatError } from '../../src/terms/format_error_info.js';
import { decode, loadData, type Enc, type Outcome } from './print_terms.js';

interface FormatCase {
  src: string;
  format: Enc;
  args: Enc;
  out: Outcome;
  io_error?: { [key: string]: string };
}

const cases = loadData<FormatCase[]>('format_data.json');

test('io_lib:format matches erl', () => {
  const failures: string[] = [];
  for (const c of cases) {
    let actual: Outcome;
    try {
      actual = ioLibFormatTerm(decode(c.format), decode(c.args));
    } catch (e) {
      actual = e instanceof ErlException ? { error: String((e.reason as { name: string }).name) } : { error: `JS ${String(e)}` };
    }
    if (JSON.stringify(actual) !== JSON.stringify(c.out)) {
      failures.push(`${c.src}\n  expected: ${JSON.stringify(c.out)}\n  actual:   ${JSON.stringify(actual)}`);
    }
  }
  assert.equal(failures.length, 0, `${failures.length} of ${cases.length} mismatch:\n` + failures.join('\n'));
});

test('io:format error explanations match erl_stdlib_errors', () => {
  const failures: string[] = [];
  let checked = 0;
  for (const c of cases) {
    if (!c.io_error) continue;
    checked++;
    const actual = explainFormatError(decode(c.format), decode(c.args));
    const norm = (o: object) =>
      JSON.stringify(
        Object.fromEntries(
          Object.entries(o)
            .map(([k, v]) => [k, v])
            .sort(),
        ),
      );
    if (norm(actual) !== norm(c.io_error)) {
      failures.push(`${c.src}\n  expected: ${norm(c.io_error)}\n  actual:   ${norm(actual)}`);
    }
  }
  assert.ok(checked > 50);
  assert.equal(failures.length, 0, `${failures.length} of ${checked} mismatch:\n` + failures.join('\n'));
});
