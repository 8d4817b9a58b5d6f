// Fast paths for sets:is_element/2 and sets:add_element/2
// (lib/erlang/sets.erl keeps OTP's version-1 record, a linear hash table
// placing elements by erlang:phash/2, and version 2, a map). On a
// well-formed set they find the bucket here; anything else goes to the
// Erlang function, so errors and stack traces are its own.

import { A, Atom, Cons, NIL, type Term } from '../terms/types.js';
import { exactEq } from '../terms/equality.js';
import { DECLINE, type NativeFn, type NativeModule, fastPath } from '../vm/native.js';
import { makeHash } from './erlang/phash.js';
import { isMapTerm, mapHas } from './map_access.js';

const SET = Atom.of('set');
const SEG = 16;
const GROW_AT = 5;
const SHRINK_AT = 3;

/** lists:member(E, L) on a proper list; undefined when L is not one. */
function member(e: Term, l: Term): boolean | undefined {
  if (Array.isArray(e) && e.length === 2 && typeof e[0] === 'number' && typeof e[1] === 'number') return memberPair(e[0], e[1], l);
  while (l instanceof Cons) {
    const x = l.head;
    if (x === e || (typeof x === 'object' && typeof e === 'object' && exactEq(x, e))) return true;
    l = l.tail;
  }
  return l === NIL ? false : undefined;
}

/**
 * member/2 of a {X, Y} of integers (grid cells, the usual set element):
 * compared element by element here, without the general =:= per bucket
 * entry (integers are =:= only when ===; floats and bignums are not
 * numbers here).
 */
function memberPair(e0: number, e1: number, l: Term): boolean | undefined {
  while (l instanceof Cons) {
    const x = l.head;
    if (Array.isArray(x) && x.length === 2 && x[0] === e0 && x[1] === e1) return true;
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
  const bucket = bucketAt(segs, slotOf(e, n, maxN, bso));
  return bucket === undefined ? undefined : member(e, bucket);
}

/** The slot (1-based) sets.erl's get_slot/2 gives e; 0 where the record's fields make none. */
function slotOf(e: Term, n: number, maxN: number, bso: number): number {
  const h = (makeHash(e) % maxN) + 1;
  const slot = h > n ? h - bso : h;
  return slot < 1 ? 0 : slot;
}

/** The bucket in a slot of the segments, or undefined where element/2 would fail. */
function bucketAt(segs: Term[], slot: number): Term | undefined {
  if (slot < 1) return undefined;
  const seg = segs[Math.floor((slot - 1) / SEG)];
  return Array.isArray(seg) && seg.length === SEG ? seg[(slot - 1) % SEG] : undefined;
}

function isElement(_p: unknown, e: Term, s: Term): Term {
  if (Array.isArray(s) && s.length === 9 && s[0] === SET) {
    const r = inRecord(e, s);
    if (r !== undefined) return r ? A.true : A.false;
  } else if (isMapTerm(s)) return mapHas(s, e) ? A.true : A.false;
  return DECLINE;
}

const isInt = (x: Term | undefined): x is number => typeof x === 'number' && Number.isSafeInteger(x);

/**
 * A set's segment tuple being changed by one add_element, copied once and
 * each segment copied on its first write (the Erlang code copies the
 * segment tuple and a segment per put_bucket_s, up to three of each per
 * call; the result is the same term).
 */
class SegWriter {
  private readonly copied: number[] = [];
  constructor(readonly segs: Term[]) {}

  /** Sets a slot's bucket; bucketAt has checked its segment. */
  put(slot: number, bkt: Term): void {
    const si = Math.floor((slot - 1) / SEG);
    let seg = this.segs[si] as Term[];
    if (!this.copied.includes(si)) {
      seg = seg.slice();
      this.segs[si] = seg;
      this.copied.push(si);
    }
    seg[(slot - 1) % SEG] = bkt;
  }
}

/** lists:partition(fun(E) -> erlang:phash(E, MaxN) =:= Low end, L); undefined unless L is proper. */
function splitBucket(l: Term, maxN: number, low: number): [Term, Term] | undefined {
  const stay: Term[] = [];
  const move: Term[] = [];
  while (l instanceof Cons) {
    (makeHash(l.head) % maxN) + 1 === low ? stay.push(l.head) : move.push(l.head);
    l = l.tail;
  }
  if (l !== NIL) return undefined;
  let a: Term = NIL;
  for (let i = stay.length - 1; i >= 0; i--) a = new Cons(stay[i]!, a);
  let b: Term = NIL;
  for (let i = move.length - 1; i >= 0; i--) b = new Cons(move[i]!, b);
  return [a, b];
}

/**
 * sets:add_element/2 on a version-1 record: the record add_element, grow
 * and more_segs in lib/erlang/sets.erl make, or undefined where a field is
 * not what that code expects (it then runs, and fails as it fails).
 */
function addToRecord(e: Term, s: Term[]): Term | undefined {
  const size = s[1];
  const n0 = s[2];
  let maxN = s[3];
  let bso = s[4];
  const expSize = s[5];
  const segs0 = s[8];
  if (!isInt(size) || !isInt(n0) || !isInt(maxN) || !isInt(bso) || !isInt(expSize) || !Array.isArray(segs0)) return undefined;
  if (maxN < 1 || maxN > 2 ** 31) return undefined;
  const slot = slotOf(e, n0, maxN, bso);
  const bkt = bucketAt(segs0, slot);
  if (bkt === undefined) return undefined;
  const found = member(e, bkt);
  if (found === undefined) return undefined;
  if (found) return s;
  const out = s.slice();
  out[1] = size + 1;
  if (!(size + 1 > expSize)) {
    const w = new SegWriter(segs0.slice());
    w.put(slot, new Cons(e, bkt));
    out[8] = w.segs;
    return out;
  }
  // grow/1: doubles the segments first when every slot is in use (more_segs/1).
  const segs = segs0.slice();
  if (n0 === maxN) {
    if (maxN * 2 > 2 ** 31) return undefined;
    const k = segs0.length;
    for (let i = 0; i < k; i++) segs.push(s[7]!);
    maxN *= 2;
    bso *= 2;
  }
  const w = new SegWriter(segs);
  w.put(slot, new Cons(e, bkt));
  const n = n0 + 1;
  const low = n - bso;
  if (low < 1 || n > segs.length * SEG) return undefined;
  const lowBkt = bucketAt(w.segs, low);
  if (lowBkt === undefined || bucketAt(w.segs, n) === undefined) return undefined;
  const parts = splitBucket(lowBkt, maxN, low);
  if (parts === undefined) return undefined;
  w.put(low, parts[0]);
  w.put(n, parts[1]);
  out[2] = n;
  out[3] = maxN;
  out[4] = bso;
  out[5] = n * GROW_AT;
  out[6] = n * SHRINK_AT;
  out[8] = w.segs;
  return out;
}

function addElement(_p: unknown, e: Term, s: Term): Term {
  if (Array.isArray(s) && s.length === 9 && s[0] === SET) {
    const r = addToRecord(e, s);
    if (r !== undefined) return r;
  }
  return DECLINE;
}

export const setsNatives: NativeModule = {
  name: 'sets',
  functions: {
    'is_element/2': fastPath(isElement as NativeFn),
    'add_element/2': fastPath(addElement as NativeFn),
  },
};
