// erlang:phash/2, the old portable hash. Deprecated, but OTP 25's sets (and
// dict) place elements by it, so a set prints as on erl only if every number
// agrees with erts' make_hash: the same primes, the same byte order, the same
// walk over lists and tuples. Funs, pids and refs hash from erlts' own
// numbers, so they land in other buckets than on erl.

import { Atom, BitStr, Cons, ErlFloat, ExportFun, Fun, NIL, Pid, Port, Ref, type Term, isInteger } from '../../terms/types.js';
import { ErlMap } from '../../terms/map.js';
import { atomHash, makeHash2 } from '../../terms/hash.js';
import type { NativeModule } from '../../vm/native.js';
import { frameError } from '../errors.js';

const P1 = 268440163;
const P2 = 268439161;
const P3 = 268435459;
const P4 = 268436141;
const P5 = 268438633;
const P6 = 268437017;
const P8 = 268437511;
const P9 = 268439627;
const P10 = 268440479;
const P11 = 268440577;
const P12 = 268440581;
const P13 = 268440593;
const P14 = 268440611;

/** hash * p + x, in 32 bits. */
const step = (h: number, p: number, x: number): number => (Math.imul(h, p) + x) >>> 0;

/** The four bytes of a 32-bit word, least significant first. */
function wordStep(h: number, x: number, p: number): number {
  h = step(h, p, x & 0xff);
  h = step(h, p, (x >>> 8) & 0xff);
  h = step(h, p, (x >>> 16) & 0xff);
  return step(h, p, x >>> 24);
}

const MIN_SMALL = -(2n ** 59n);
const MAX_SMALL = 2n ** 59n - 1n;

/** Integers: the magnitude's bytes, as a 64-bit fixnum or as bignum digits. */
function intHash(h: number, n: number | bigint): number {
  if (typeof n === 'number') {
    if (n >= 0 && n <= 0xffffffff) return Math.imul(wordStep(h, n, P2), P3) >>> 0;
    // Every JS integer is a fixnum on a 64-bit erts: its low word, then any high word.
    const neg = n < 0;
    const m = neg ? -n : n;
    const high = Math.floor(m / 4294967296);
    h = wordStep(h, m % 4294967296, P2);
    if (high !== 0) h = wordStep(h, high, P2);
    return Math.imul(h, neg ? P4 : P3) >>> 0;
  }
  const v = n;
  const neg = v < 0n;
  let m = neg ? -v : v;
  if (v >= MIN_SMALL && v <= MAX_SMALL) {
    h = wordStep(h, Number(m & 0xffffffffn), P2);
    if (m >> 32n !== 0n) h = wordStep(h, Number(m >> 32n), P2);
  } else {
    // Full 64-bit digits, except that a last digit under 2^32 gives 4 bytes.
    while (m !== 0n) {
      const bytes = m >> 64n === 0n && m >> 32n === 0n ? 4 : 8;
      for (let j = 0; j < bytes; j++) {
        h = step(h, P2, Number(m & 0xffn));
        m >>= 8n;
      }
    }
  }
  return Math.imul(h, neg ? P4 : P3) >>> 0;
}

const f64 = new Float64Array(1);
const u32 = new Uint32Array(f64.buffer);

// Work-stack entries besides terms: a list's tail still to walk, and the
// closing steps after a list's final tail and after a tuple's elements.
const LIST_END = { end: 'list' };
class TupleEnd {
  constructor(readonly arity: number) {}
}
class Tail {
  constructor(readonly term: Term) {}
}

/** erts' make_hash. */
export function makeHash(term: Term): number {
  const flat = flatHash(term);
  return flat >= 0 ? flat : walkHash(term);
}

/**
 * make_hash of an integer, an atom, or a tuple of those (sets' and dict's
 * usual elements: {X, Y} cells, tagged tuples) without the work stack; -1
 * for anything else.
 */
function flatHash(t: Term): number {
  if (typeof t === 'number' || typeof t === 'bigint') return intHash(0, t);
  if (t instanceof Atom) return step(0, P1, atomHash(t));
  if (!Array.isArray(t)) return -1;
  let h = 0;
  for (let i = 0; i < t.length; i++) {
    const x = t[i]!;
    if (typeof x === 'number') h = intHash(h, x);
    else if (x instanceof Atom) h = step(h, P1, atomHash(x));
    else return -1;
  }
  return step(h, P9, t.length);
}

function walkHash(term: Term): number {
  const stack: unknown[] = [];
  let h = 0;
  let t: unknown = term;
  for (;;) {
    if (typeof t === 'number' || typeof t === 'bigint') h = intHash(h, t);
    else if (t instanceof Atom) h = step(h, P1, atomHash(t));
    else if (t === NIL) h = step(h, P3, 1);
    else if (t instanceof Cons) {
      // Bytes in a row hash cheaply; anything else is hashed in full, and
      // after the final tail comes one closing multiplication.
      let c: Term = t;
      while (c instanceof Cons) {
        const hd = c.head;
        if (typeof hd === 'number' && hd >= 0 && hd <= 255 && (hd | 0) === hd) {
          h = step(h, P2, hd);
          c = c.tail;
        } else break;
      }
      if (c instanceof Cons) {
        stack.push(new Tail(c.tail));
        t = c.head;
      } else {
        stack.push(LIST_END);
        t = c;
      }
      continue;
    } else if (Array.isArray(t)) {
      stack.push(new TupleEnd(t.length));
      for (let i = t.length - 1; i >= 0; i--) stack.push(t[i]);
    } else if (t instanceof ErlFloat) {
      f64[0] = t.value + 0;
      h = step(h, P6, (u32[0]! ^ u32[1]!) >>> 0);
    } else if (t instanceof BitStr) {
      const sz = Math.floor(t.bits / 8);
      const rest = t.bits & 7;
      const buf = t.buf;
      for (let i = 0; i < sz; i++) h = step(h, P1, buf[i]!);
      if (rest > 0) h = step(step(h, P1, buf[sz]! >>> (8 - rest)), P12, rest);
      h = step(h, P4, sz);
    } else if (t instanceof ErlMap) {
      h = (step(h, P13, P14) + makeHash2(t)) >>> 0;
    } else if (t instanceof Pid) {
      h = Math.imul(wordStep(h, t.id, P5), P6) >>> 0;
    } else if (t instanceof Port) {
      h = Math.imul(wordStep(h, t.id, P9), P10) >>> 0;
    } else if (t instanceof Ref) {
      h = Math.imul(wordStep(h, t.ids[0] ?? 0, P9), P10) >>> 0;
    } else if (t instanceof ExportFun) {
      h = step(h, P11, t.arity);
      h = step(h, P1, atomHash(t.module));
      h = step(h, P1, atomHash(t.name));
    } else if (t instanceof Fun) {
      h = step(h, P10, t.env.length);
      h = step(h, P1, atomHash(t.code.module));
      h = step(h, P2, t.code.index);
      h = step(h, P2, t.code.uniq >>> 0);
      for (let i = t.env.length - 1; i >= 0; i--) stack.push(t.env[i]);
    } else throw new Error('phash: not a term: ' + String(t));
    // Next piece of work: a term, a list tail, or a closing step.
    for (;;) {
      if (stack.length === 0) return h;
      const next = stack.pop();
      if (next === LIST_END) h = Math.imul(h, P8) >>> 0;
      else if (next instanceof TupleEnd) h = step(h, P9, next.arity);
      else if (next instanceof Tail) {
        if (!(next.term instanceof Cons)) stack.push(LIST_END);
        t = next.term;
        break;
      } else {
        t = next;
        break;
      }
    }
  }
}

function phash(_p: unknown, t: Term, range: Term): Term {
  if (!isInteger(range)) throw frameError(Atom.of('badarg'), 'erlang', 'phash', [t, range], { 1: 'not an integer' });
  if (range < 1) throw frameError(Atom.of('badarg'), 'erlang', 'phash', [t, range], { 1: 'out of range' });
  if (range > 2 ** 32) throw frameError(Atom.of('badarg'), 'erlang', 'phash', [t, range], {});
  return (makeHash(t) % Number(range)) + 1;
}

export const erlangPhashNatives: NativeModule = {
  name: 'erlang',
  functions: { 'phash/2': phash },
};
