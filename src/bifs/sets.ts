// A fast path for sets:is_element/2 (lib/erlang/sets.erl keeps OTP's
// version-1 record, a linear hash table placing elements by
// erlang:phash/2, and version 2, a map). On a well-formed set it finds the
// bucket and looks the element up here; anything else goes to the Erlang
// function, so errors and stack traces are its own.

import { A, Atom, Cons, NIL, type Term } from '../terms/types.js';
import { exactEq } from '../terms/equality.js';
import { DECLINE, type NativeFn, type NativeModule, fastPath } from '../vm/native.js';
import { makeHash } from './erlang/phash.js';
import { isMapTerm, mapHas } from './map_access.js';

const SET = Atom.of('set');
const SEG = 16;

/** lists:member(E, L) on a proper list; undefined when L is not one. */
function member(e: Term, l: Term): boolean | undefined {
  while (l instanceof Cons) {
    const x = l.head;
    if (x === e || (typeof x === 'object' && typeof e === 'object' && exactEq(x, e))) return true;
    l = l.tail;
  }
  return l === NIL ? false : undefined;
}

/** is_element on a version-1 set record, or undefined where the Erlang code should answer. */
function inRecord(e: Term, s: Term[]): boolean | undefined {
  const n = s[2];
  const maxN = s[3];
  const bso = s[4];
  const segs = s[8];
  if (typeof n !== 'number' || typeof maxN !== 'number' || typeof bso !== 'number' || !Array.isArray(segs)) return undefined;
  if (maxN < 1 || maxN > 2 ** 32) return undefined;
  const h = (makeHash(e) % maxN) + 1;
  const slot = h > n ? h - bso : h;
  if (slot < 1) return undefined;
  const seg = segs[Math.floor((slot - 1) / SEG)];
  if (!Array.isArray(seg)) return undefined;
  const bucket = seg[(slot - 1) % SEG];
  return bucket === undefined ? undefined : member(e, bucket);
}

function isElement(_p: unknown, e: Term, s: Term): Term {
  if (Array.isArray(s) && s.length === 9 && s[0] === SET) {
    const r = inRecord(e, s);
    if (r !== undefined) return r ? A.true : A.false;
  } else if (isMapTerm(s)) return mapHas(s, e) ? A.true : A.false;
  return DECLINE;
}

export const setsNatives: NativeModule = {
  name: 'sets',
  functions: { 'is_element/2': fastPath(isElement as NativeFn) },
};
