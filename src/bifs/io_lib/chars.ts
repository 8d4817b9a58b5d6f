// io_lib's character-list tests and single-character writers
// (printable_list/1, char_list/1...): small predicates a learner calls to
// decide how to print something. The writers are in lib/erlang/io_lib.erl.

import { Cons, NIL, bool, type Term } from '../../terms/types.js';
import { isPrintableLatin1Char, isPrintableUnicodeChar } from '../../terms/print/chars.js';
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

const fns: Record<string, (p: unknown, ...a: Term[]) => Term> = {
  'printable_list/1': (_p, l) => bool(flatAll(l, (c) => typeof c === 'number' && isPrintableLatin1Char(c))),
  'printable_latin1_list/1': (_p, l) => bool(flatAll(l, (c) => typeof c === 'number' && isPrintableLatin1Char(c))),
  'printable_unicode_list/1': (_p, l) => bool(flatAll(l, (c) => typeof c === 'number' && isPrintableUnicodeChar(c))),
  'char_list/1': (_p, l) => bool(flatAll(l, isUnicodeChar)),
  'latin1_char_list/1': (_p, l) => bool(flatAll(l, isLatin1Char)),
  'deep_char_list/1': (_p, l) => bool(deepAll(l, isUnicodeChar)),
  'deep_unicode_char_list/1': (_p, l) => bool(deepAll(l, isUnicodeChar)),
  'deep_latin1_char_list/1': (_p, l) => bool(deepAll(l, isLatin1Char)),
};

export const ioLibCharsNatives: NativeModule = { name: 'io_lib', functions: fns as unknown as Record<string, NativeFn> };
