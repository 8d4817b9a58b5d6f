// Expected values were taken from erl 25 (OTP 25.2) by evaluating the same calls.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { A, Atom, BitStr, Cons, NIL, bin, list, str, type Term } from '../../src/terms/types.js';
import { ErlException } from '../../src/terms/exception.js';
import { exactEq } from '../../src/terms/equality.js';
import {
  atomToBinary,
  binaryPart,
  binaryToAtom,
  binaryToExistingAtom,
  binaryToList,
  bitstringToList,
  iolistSize,
  iolistToBinary,
  listToBinary,
  listToBitstring,
} from '../../src/terms/binary_util.js';
import { charactersToBinary, charactersToList } from '../../src/terms/utf_chardata.js';

const badarg = (e: unknown) => e instanceof ErlException && e.reason === A.badarg;
const same = (a: Term, b: Term, msg?: string) => assert.ok(exactEq(a, b), msg ?? `${String(a)} vs ${String(b)}`);
const bits = (bytes: number[], n: number) => new BitStr(Uint8Array.from(bytes), n);

test('iolists', () => {
  same(iolistToBinary(list([1, list([2, bin([3])]), list([NIL]), bin([4, 5])], bin([6]))), bin([1, 2, 3, 4, 5, 6]));
  assert.throws(() => listToBinary(list([1], 2)), badarg);
  assert.throws(() => listToBinary(list([256])), badarg);
  assert.throws(() => listToBinary(bin([1])), badarg);
  assert.throws(() => listToBinary(list([bits([0x20], 3)])), badarg);
  assert.equal(iolistSize(list([1, list([2, bin([3])])], bin([4, 5]))), 5);
  same(listToBitstring(list([1, bits([0x20], 3), bits([0x38], 5)])), bin([1, 39]));
  // Deep nesting is walked without recursion.
  let deep: Term = NIL;
  for (let i = 0; i < 200000; i++) deep = new Cons(deep, new Cons(7, NIL));
  assert.equal(iolistSize(deep), 200000);
});

test('binary and bitstring to list, binary_part', () => {
  same(bitstringToList(bits([1, 2, 0x30], 20)), list([1, 2, bits([0x30], 4)]));
  same(binaryToList(bin([1, 2, 3, 4]), 2, 3), list([2, 3]));
  same(binaryPart(bin([1, 2, 3, 4]), 4, -2), bin([3, 4]));
  assert.throws(() => binaryPart(bin([1, 2, 3, 4]), 3, 2), badarg);
});

test('atoms and binaries', () => {
  assert.throws(() => atomToBinary(Atom.of('\u03e8'), 'latin1'), badarg);
  same(atomToBinary(Atom.of('\u03e8')), bin([0xcf, 0xa8]));
  assert.throws(() => binaryToAtom(bin([255]), 'utf8'), badarg);
  assert.equal(binaryToAtom(bin([255]), Atom.of('latin1')), Atom.of('\u00ff'));
  assert.throws(() => binaryToExistingAtom(bin(new TextEncoder().encode('surely_not_an_atom_yet_42'))), badarg);
  assert.throws(
    () => binaryToAtom(bin(new Uint8Array(256).fill(97))),
    (e: unknown) => e instanceof ErlException && e.reason === A.system_limit,
  );
});

const ERROR = Atom.of('error');
const INCOMPLETE = Atom.of('incomplete');
const b = (s: string | number[]) => (typeof s === 'string' ? bin(new TextEncoder().encode(s)) : bin(s));

test('unicode:characters_to_binary/list results as erl gives them', () => {
  same(charactersToBinary(list([97, -1, 98])), [ERROR, b('a'), list([-1, 98])]);
  same(charactersToBinary(list([97, list([98, 0x110000, 99]), 100])), [ERROR, b('ab'), list([list([0x110000, 99]), 100])]);
  same(charactersToBinary(list([97, b([98, 255, 99]), 100])), [ERROR, b('ab'), list([b([255, 99]), 100])]);
  same(charactersToBinary(list([97, b([98, 226, 130])])), [INCOMPLETE, b('ab'), b([226, 130])]);
  same(charactersToBinary(b([98, 226, 130])), [INCOMPLETE, b('b'), b([226, 130])]);
  same(charactersToBinary(list([97], b('bc'))), b('abc'));
  assert.throws(() => charactersToBinary(list([97, Atom.of('foo')])), badarg);
  assert.throws(() => charactersToBinary(Atom.of('foo')), badarg);
  same(charactersToBinary(list([97, 300]), 'latin1'), [ERROR, b('a'), list([300])]);
  same(charactersToBinary(list([b([200])]), 'latin1', 'unicode'), b([195, 136]));
  same(charactersToList(list([97, b([98, 255, 99]), 100])), [ERROR, str('ab'), list([b([255, 99]), 100])]);
  same(charactersToList(b([98, 226, 130])), [INCOMPLETE, str('b'), b([226, 130])]);
  same(charactersToList(list([b([97, 98, 226]), b([130, 172])])), list([97, 98, 8364]));
  same(charactersToBinary(list([97, 1000, 98]), 'unicode', 'latin1'), [ERROR, b('a'), list([1000, 98])]);
  same(charactersToBinary(str('h\u00e9\u{1F600}')), b('h\u00e9\u{1F600}'));
});
