// Results exactly as the erl shell printed them in the conformance corpus
// (cases 008, 012, 067, 076, 079, 085, 100; piped stdin, so latin1).

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { shellFormat } from '../../src/terms/print/shell.js';
import { ioLibFormat } from '../../src/terms/format.js';
import { escapeForLatin1Device } from '../../src/terms/print/chars.js';
import { ErlMap } from '../../src/terms/map.js';
import { Atom, ErlFloat, bin, list, str, type Term } from '../../src/terms/types.js';

const a = (n: string) => Atom.of(n);
const seq = (from: number, to: number): Term[] => Array.from({ length: to - from + 1 }, (_, i) => from + i);
const latin1 = (bytes: number[]) => String.fromCharCode(...bytes);

const CASES: [Term, string][] = [
  // 076
  [list(seq(1, 60)), '[1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,\n 23,24,25,26,27,28,29|...]'],
  [
    list(seq(1, 6).map((n) => [a('key'), n, str('value')])),
    '[{key,1,"value"},\n {key,2,"value"},\n {key,3,"value"},\n {key,4,"value"},\n {key,5,"value"},\n {key,6,"value"}]',
  ],
  [list(Array(10).fill(str('string'))), '["string","string","string","string","string","string",\n "string","string","string","string"]'],
  [
    'abcdefghijklmnopqrstuvwxy'.split('').reduceRight<Term>((acc, c) => [a(c), acc], [a('z')]),
    '{a,\n {b,{c,{d,{e,{f,{g,{h,{i,{j,{k,{l,{m,{n,{o,...}}}}}}}}}}}}}}}',
  ],
  [
    ErlMap.fromEntries(seq(1, 12).map((n) => [n, (n as number) * (n as number)] as [Term, Term])),
    '#{1 => 1,2 => 4,3 => 9,4 => 16,5 => 25,6 => 36,7 => 49,\n  8 => 64,9 => 81,10 => 100,11 => 121,12 => 144}',
  ],
  [bin(seq(1, 100) as number[]), '<<1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,\n  22,23,24,25,26,27,28,29,...>>'],
  // 008
  [list([104, 105, 1]), '[104,105,1]'],
  [list([1], 2), '[1|2]'],
  [list([8, 9, 10, 11, 12, 13, 27]), '"\\b\\t\\n\\v\\f\\r\\e"'],
  [list([200]), latin1([0x22, 200, 0x22])],
  [list([256]), '[256]'],
  [list([a('a'), 98, 99]), '[a,98,99]'],
  [str('hello\0'), '[104,101,108,108,111,0]'],
  [[str('hi'), str('hi')], '{"hi","hi"}'],
  // 012 (UTF-8 bytes read as latin1 characters)
  [list([0x68, 0xc3, 0xa9, 0x6c, 0x6c, 0x6f]), latin1([0x22, 0x68, 0xc3, 0xa9, 0x6c, 0x6c, 0x6f, 0x22])],
  [bin([104, 195, 131, 194, 169, 108, 108, 111]), '<<104,195,131,194,169,108,108,111>>'],
  [a(latin1([0xc3, 0xa9])), latin1([0x27, 0xc3, 0xa9, 0x27])],
  [
    list([
      [a('binary'), a('false')],
      [a('encoding'), a('latin1')],
    ]),
    '[{binary,false},{encoding,latin1}]',
  ],
  // 079
  [list([255, 254]), latin1([0x22, 255, 254, 0x22])],
  [list([160]), latin1([0x22, 160, 0x22])],
  [list([97, 128]), '[97,128]'],
  [bin([255]), latin1([0x3c, 0x3c, 0x22, 255, 0x22, 0x3e, 0x3e])],
  [bin([255, 128]), '<<255,128>>'],
  // 085
  [a("'"), "'\\''"],
  [str(' '), '" "'],
  [list([0]), '[0]'],
  [a('a\tb'), "'a\\tb'"],
  [list([127]), '[127]'],
  // 067
  [[a('point'), 3, 0], '#point{x = 3,y = 0}'],
  [[a('other'), 3, 0], '{other,3,0}'],
  // 100-ish
  [bin(Array.from('bin with "quote"', (c) => c.charCodeAt(0))), '<<"bin with \\"quote\\"">>'],
  [new ErlFloat(1.5), '1.5'],
];

test('shell results as the corpus shows them', () => {
  const records = (name: string, size: number) => (name === 'point' && size === 2 ? ['x', 'y'] : null);
  for (const [t, expected] of CASES) assert.equal(shellFormat(t, { records }), expected);
});

test('~ts of a character above 255 on a latin1 device', () => {
  assert.equal(escapeForLatin1Device(ioLibFormat('~ts~n', [list([955])])), '\\x{3BB}\n');
  assert.equal(ioLibFormat('~s~n', [list([0x68, 0xc3, 0xa9])]), latin1([0x68, 0xc3, 0xa9, 10]));
});
