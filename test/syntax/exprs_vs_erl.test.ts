// Every input of data/exprs.txt parsed by us and by real erl
// (data/exprs.expected, made by gen_expected.escript) must agree exactly.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import * as path from 'node:path';
import { isScanError, isSyntaxError, parseExprs, scan } from '../../src/syntax/index.js';
import { exprsText } from './erl_text.js';

// Runs from build/test/syntax; the data stays in the source tree.
const here = path.dirname(fileURLToPath(import.meta.url));
export const dataDir = path.resolve(here, '../../../test/syntax/data');

export function ourResult(text: string): string {
  const toks = scan(text, { line: 1, col: 1 });
  if (isScanError(toks)) return `ERR ${toks.line}:${toks.col} ${toks.message}`;
  const r = parseExprs(toks);
  if (isSyntaxError(r)) return `ERR ${r.line}:${r.col} ${r.message}`;
  return `OK ${exprsText(r)}`;
}

const inputs = readFileSync(path.join(dataDir, 'exprs.txt'), 'utf8')
  .split('\n')
  .filter((l) => l !== '');
const expected = readFileSync(path.join(dataDir, 'exprs.expected'), 'utf8').split('\n');

for (const [k, input] of inputs.entries()) {
  test(`expr ${k + 1}: ${input}`, () => {
    assert.equal(ourResult(input.replace(/\\n/g, '\n')), expected[k]);
  });
}
