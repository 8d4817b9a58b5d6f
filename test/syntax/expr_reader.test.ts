// The shell reader against what real erl printed for the same piped input
// (conformance cases 022, 023, 063 and the runs noted below).

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ExprReader, type ReadResult } from '../../src/syntax/index.js';
import { exprsText } from './erl_text.js';

/** Feeds `input` line by line like a terminal, then ends it; one string per result. */
function readAll(input: string): string[] {
  const r = new ExprReader();
  const out: string[] = [];
  const show = (x: ReadResult): string => (x.kind === 'error' ? `* ${x.line}:${x.col}: ${x.message}` : exprsText(x.exprs));
  const lines = input.match(/[^\n]*\n|[^\n]+$/g) ?? [];
  for (const line of lines) {
    r.feed(line);
    for (let x = r.next(); x !== null; x = r.next()) out.push(show(x));
  }
  for (let x = r.atEof(); x !== null; x = r.atEof()) out.push(show(x));
  return out;
}

const errorsOnly = (xs: string[]): string[] => xs.map((x) => (x.startsWith('*') ? x : 'ok'));

test('case 022: syntax errors, positions restart per expression', () => {
  const input = '1 + .\nfoo(.\n[1, 2.\n{a, b]].\n1 2.\nX = .\nend.\na:b:c.\n1 +\n2 +\n.\nok.\n';
  assert.deepEqual(errorsOnly(readAll(input)), [
    "* 1:5: syntax error before: '.'",
    "* 1:5: syntax error before: '.'",
    "* 1:6: syntax error before: '.'",
    "* 1:6: syntax error before: ']'",
    '* 1:3: syntax error before: 2',
    "* 1:5: syntax error before: '.'",
    "* 1:1: syntax error before: 'end'",
    "* 1:4: syntax error before: ':'",
    "* 3:1: syntax error before: '.'",
    'ok',
  ]);
});

test('case 023: unterminated string reported at end of input', () => {
  const input = 'ok.\n"never closed.\nmore.\n1 + 1.\n';
  assert.deepEqual(errorsOnly(readAll(input)), ['ok', '* 1:1: unterminated string starting with "never closed.\\nmo"']);
});

test('case 063: end of input in the middle of an expression', () => {
  assert.deepEqual(readAll('1 +\n'), ['* 1:3: syntax error before: ']);
});

test('several expressions on one line; the dot eats one blank', () => {
  assert.deepEqual(errorsOnly(readAll('X = 1. Y = .\n1.  foo(.\n')), ['ok', "* 1:5: syntax error before: '.'", 'ok', "* 1:6: syntax error before: '.'"]);
});

test('quoted atom across lines, then an error on its third line', () => {
  assert.deepEqual(errorsOnly(readAll("{a, 'abc\n.\n'ok.\n")), ['* 3:2: syntax error before: ok']);
});

test('a scan error drops the rest of its line', () => {
  assert.deepEqual(errorsOnly(readAll('1 + $\\x{FFFFFFFF} + 2\n3.\n4.\n')), ['* 1:5: illegal character', 'ok', 'ok']);
  assert.deepEqual(errorsOnly(readAll('a. 1 + $\\x{FFFFFFFF} + 2. 3.\n4.\n')), ['ok', '* 1:5: illegal character', 'ok']);
});

test('scanner errors as erl prints them in the shell', () => {
  const input = '$ab.\n1 + 1_.\n16#G.\n1.5e.\n2#102.\n37#1.\n1e5.\n';
  assert.deepEqual(readAll(input), [
    '* 1:3: syntax error before: b',
    '* 1:6: syntax error before: _',
    '* 1:1: illegal integer',
    '* 1:1: illegal float',
    '* 1:5: syntax error before: 2',
    "* 1:1: illegal base '37'",
    '* 1:2: syntax error before: e5',
  ]);
});

test('an expression spread over lines, and the last one without newline', () => {
  assert.deepEqual(readAll('X =\n  1 +\n  2,\nX.\n3.'), [
    "[{match,{1,1},{var,{1,1},'X'},{op,{2,5},'+',{integer,{2,3},1},{integer,{3,3},2}}},{var,{4,1},'X'}]",
    '[{integer,{1,1},3}]',
  ]);
});

test('blank lines and comments alone produce nothing', () => {
  assert.deepEqual(readAll('\n  % just a comment\n\n'), []);
});

test('next() waits for the dot', () => {
  const r = new ExprReader();
  r.feed('foo(1,\n');
  assert.equal(r.next(), null);
  r.feed('2).\n');
  const x = r.next();
  assert.equal(x?.kind, 'exprs');
  assert.equal(r.next(), null);
});
