// io_lib's character-list tests and single-character writers
// (printable_list/1, char_list/1, write_char/1, quote_atom/2...): small
// predicates a learner calls to decide how to print something.

import { Atom, BitStr, Cons, NIL, bool, type Term } from '../../terms/types.js';
import { atomNeedsQuotes } from '../../terms/atom_quote.js';
import { isPrintableLatin1Char, isPrintableUnicodeChar, writeChar, writeQuoted } from '../../terms/print/chars.js';
import { functionClause } from '../errors.js';
import { charList } from './io_lib.js';
import type { NativeFn, NativeModule } from '../../vm/native.js';

const isUnicodeChar = (c: unknown): c is number =>
  typeof c === 'number' && Number.isInteger(c) && c >= 0 && (c < 0xd800 || (c > 0xdfff && c < 0xfffe) || (c > 0xffff && c <= 0x10ffff));
const isLatin1Char = (c: unknown): c is number => typeof c === 'number' && Number.isInteger(c) && c >= 0 && c <= 255;

/** A proper list whose elements all pass `ok`. */
function flatAll(t: Term, ok: (c: unknown) => boolean): boolean {
  let x = t;
  for (; x instanceof Cons; x = x.tail) if (!ok(x.head)) return false;
  return x === NIL;
}

/** A deep list (lists of lists) of characters passing `ok`. */
function deepAll(t: Term, ok: (c: unknown) => boolean): boolean {
  let x = t;
  for (; x instanceof Cons; x = x.tail) {
    const h = x.head;
    if (h instanceof Cons || h === NIL) {
      if (!deepAll(h, ok)) return false;
    } else if (!ok(h)) return false;
  }
  return x === NIL;
}

/** Characters of a flat list of integers, or null. */
function chars(t: Term): number[] | null {
  const out: number[] = [];
  let x = t;
  for (; x instanceof Cons; x = x.tail) {
    if (typeof x.head !== 'number') return null;
    out.push(x.head);
  }
  return x === NIL ? out : null;
}

/** iolist_size, else the number of characters of a deep character list (io_lib:chars_length/1). */
function charsLength(t: Term): number | null {
  let n = 0;
  const walk = (x: Term): boolean => {
    for (; x instanceof Cons; x = x.tail) {
      const h = x.head;
      if (typeof h === 'number') n++;
      else if (h instanceof BitStr && (h.bits & 7) === 0) n += Math.floor(h.bits / 8);
      else if (!walk(h)) return false;
    }
    return x === NIL || (x instanceof BitStr && ((n += Math.floor(x.bits / 8)), true));
  };
  if (t instanceof BitStr) return Math.floor(t.bits / 8);
  return walk(t) ? n : null;
}

const fns: Record<string, (p: unknown, ...a: Term[]) => Term> = {
  'printable_list/1': (_p, l) => bool(flatAll(l, (c) => typeof c === 'number' && isPrintableLatin1Char(c))),
  'printable_latin1_list/1': (_p, l) => bool(flatAll(l, (c) => typeof c === 'number' && isPrintableLatin1Char(c))),
  'printable_unicode_list/1': (_p, l) => bool(flatAll(l, (c) => typeof c === 'number' && isPrintableUnicodeChar(c))),
  'char_list/1': (_p, l) => bool(flatAll(l, isUnicodeChar)),
  'latin1_char_list/1': (_p, l) => bool(flatAll(l, isLatin1Char)),
  'deep_char_list/1': (_p, l) => bool(deepAll(l, isUnicodeChar)),
  'deep_unicode_char_list/1': (_p, l) => bool(deepAll(l, isUnicodeChar)),
  'deep_latin1_char_list/1': (_p, l) => bool(deepAll(l, isLatin1Char)),
  'chars_length/1': (_p, l) => {
    const n = charsLength(l);
    if (n === null) throw functionClause('io_lib', 'chars_length', [l], 0);
    return n;
  },
  'write_char/1': (_p, c) => {
    if (!isUnicodeChar(c)) throw functionClause('io_lib', 'write_char', [c], 624);
    return charList(writeChar(c));
  },
  'write_unicode_char/1': (_p, c) => {
    if (!isUnicodeChar(c)) throw functionClause('io_lib', 'write_unicode_char', [c], 0);
    return charList(writeChar(c));
  },
  'write_latin1_char/1': (_p, c) => {
    if (!isLatin1Char(c)) throw functionClause('io_lib', 'write_latin1_char', [c], 635);
    return charList(writeChar(c));
  },
  'write_latin1_string/1': (_p, s) => {
    const cs = chars(s);
    if (cs === null || !cs.every(isLatin1Char)) throw functionClause('io_lib', 'write_latin1_string', [s], 0);
    return charList(writeQuoted(cs, 0x22, 'latin1'));
  },
  'write_unicode_string/1': (_p, s) => {
    const cs = chars(s);
    if (cs === null) throw functionClause('io_lib', 'write_unicode_string', [s], 0);
    return charList(writeQuoted(cs, 0x22, 'unicode_as_unicode'));
  },
  'quote_atom/2': (_p, a, _cs) => {
    if (!(a instanceof Atom)) throw functionClause('io_lib', 'quote_atom', [a, _cs], 0);
    return bool(atomNeedsQuotes(a.name));
  },
};

export const ioLibCharsNatives: NativeModule = { name: 'io_lib', functions: fns as unknown as Record<string, NativeFn> };
