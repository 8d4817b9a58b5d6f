// Scanner details: token categories, positions, values, error messages.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { formatTokenForError, isScanError, scan, type Token } from '../../src/syntax/index.js';

function toks(text: string): Token[] {
  const r = scan(text);
  if (isScanError(r)) throw new Error(r.message);
  return r;
}
const kinds = (text: string): string[] => toks(text).map((t) => t.kind);

test('operators and punctuation, longest match first', () => {
  assert.deepEqual(kinds('=:= =/= =< >= ++ -- || << >> <- <= => := -> :: ... .. ?= == /= ! # ;'), [
    '=:=',
    '=/=',
    '=<',
    '>=',
    '++',
    '--',
    '||',
    '<<',
    '>>',
    '<-',
    '<=',
    '=>',
    ':=',
    '->',
    '::',
    '...',
    '..',
    '?=',
    '==',
    '/=',
    '!',
    '#',
    ';',
  ]);
});

test('reserved words are their own tokens; other names are atoms', () => {
  assert.deepEqual(kinds('case of end fun when maybe else cond'), ['case', 'of', 'end', 'fun', 'when', 'atom', 'atom', 'cond']);
});

test('dot needs a blank, % or the end after it', () => {
  assert.deepEqual(kinds('a.b'), ['atom', '.', 'atom']);
  assert.deepEqual(kinds('a.%c'), ['atom', 'dot']);
  assert.deepEqual(kinds('a.'), ['atom', 'dot']);
  assert.deepEqual(kinds('a. b'), ['atom', 'dot', 'atom']);
});

test('lines and columns are 1-based; a tab is one column', () => {
  const t = toks('a\n\tbc  D\n"x\ny" z');
  assert.deepEqual(
    t.map((x) => [x.line, x.col]),
    [
      [1, 1],
      [2, 2],
      [2, 6],
      [3, 1],
      [4, 4],
    ],
  );
  const s = toks('x');
  assert.deepEqual([s[0]!.line, s[0]!.col], [1, 1]);
  const u = scan('x', { line: 5, col: 3 });
  assert.ok(!isScanError(u) && u[0]!.line === 5 && u[0]!.col === 3);
});

test('numbers', () => {
  const v = (s: string): unknown => toks(s)[0]!.value;
  assert.equal(v('16#FF'), 255);
  assert.equal(v('2#1010'), 10);
  assert.equal(v('1_000'), 1000);
  assert.equal(v('36#zz'), 1295);
  assert.equal(v('12345678901234567890'), 12345678901234567890n);
  assert.equal(v('16#1_F'), 31);
  assert.equal(v('1.0e10'), 1e10);
  assert.equal(v('1_0.5'), 10.5);
  assert.equal(v('2.5E-3'), 0.0025);
});

test('chars and escapes', () => {
  const v = (s: string): unknown => toks(s)[0]!.value;
  assert.equal(v('$a'), 97);
  assert.equal(v('$\\n'), 10);
  assert.equal(v('$\\x{41}'), 65);
  assert.equal(v('$\\x41'), 65);
  assert.equal(v('$\\101'), 65);
  assert.equal(v('$\\^A'), 1);
  assert.equal(v('$\\s'), 32);
  assert.equal(v('$\\d'), 127);
  assert.equal(v('$\\e'), 27);
  assert.equal(v('$ '), 32);
  assert.equal(v('$\\q'), 113);
  assert.deepEqual(v('"a\\tb\\x{263A}\\7"'), [97, 9, 98, 0x263a, 7]);
  assert.equal(v("'a\\'b'"), "a'b");
});

test('error messages and where they are', () => {
  const e = (s: string): string => {
    const r = scan(s);
    return isScanError(r) ? `${r.line}:${r.col}: ${r.message}` : 'ok';
  };
  assert.equal(e('x = "abc'), '1:5: unterminated string starting with "abc"');
  assert.equal(e("\n 'abcdefghijklmnopqrstuvwxyz"), "2:2: unterminated atom starting with 'abcdefghijklmnop'");
  assert.equal(e('"a\\nb'), '1:1: unterminated string starting with "a\\nb"');
  assert.equal(e('1 + $\\x{FFFFFFFF}'), '1:5: illegal character');
  assert.equal(e('"ab\\x{110000}"'), '1:4: illegal character');
  assert.equal(e('16#'), '1:1: illegal integer');
  assert.equal(e('1.5e+'), '1:1: illegal float');
  assert.equal(e('1.0e999'), '1:1: illegal float');
  assert.equal(e('0#1'), "1:1: illegal base '0'");
  assert.equal(e('$'), '1:1: unterminated character');
  assert.equal(e('a λ'), '1:3: illegal character');
});

test('tokens named in syntax errors the way erl_parse names them', () => {
  const f = (s: string): string => formatTokenForError(toks(s)[0]!);
  assert.equal(f('.'), "'.'");
  assert.equal(f(']'), "']'");
  assert.equal(f('end'), "'end'");
  assert.equal(f('2'), '2');
  assert.equal(f('"abc"'), '"abc"');
  assert.equal(f('$a'), '$a');
  assert.equal(f('$\\n'), '$\\n');
  assert.equal(f('1.5'), '1.5');
  assert.equal(f('1.0e10'), '1.0e10');
  assert.equal(f('abc'), 'abc');
  assert.equal(f("'A b'"), "'A b'");
  assert.equal(f('Var'), 'Var');
  assert.equal(f('->'), "'->'");
});
