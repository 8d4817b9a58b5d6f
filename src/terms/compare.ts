// Erlang's standard term order:
//   number < atom < reference < fun < port < pid < tuple < map < [] < list < bitstring
// `compare` is the order of < and == (1 == 1.0). `compareExact` is the total
// order erl uses for map keys: the same, except that every integer sorts
// before every float (maps:keys(#{2 => a, 1.0 => b}) is [2, 1.0]), also
// inside compound keys.
//
// No recursion on the JS stack: list tails are walked in a loop and nested
// terms wait on an explicit stack.

import { Atom, BitStr, Cons, ErlFloat, ExportFun, Fun, Nil, Pid, Port, Ref, type Term } from './types.js';
import { ErlMap } from './map.js';

/** -1, 0 or 1 in standard term order, numbers compared by value. */
export function compare(a: Term, b: Term): number {
  if (a === b) return 0;
  if (typeof a === 'number' && typeof b === 'number') return a < b ? -1 : 1;
  return smallTuples(a, b) ?? cmp(a, b, false);
}

/** Map key order: a total order consistent with =:= (integers before floats). */
export function compareExact(a: Term, b: Term): number {
  if (a === b) return 0;
  if (typeof a === 'number' && typeof b === 'number') return a < b ? -1 : 1;
  return smallTuples(a, b) ?? cmp(a, b, true);
}

/**
 * Two tuples of one size decided by integer elements ({X, Y} keys sorted
 * for maps:fold/to_list or lists:sort), without the general walk; null
 * when a pair of other terms comes first.
 */
function smallTuples(a: Term, b: Term): number | null {
  if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return null;
  for (let i = 0, n = a.length; i < n; i++) {
    const x = a[i];
    const y = b[i];
    if (x === y) continue;
    if (typeof x === 'number' && typeof y === 'number') return x < y ? -1 : 1;
    return null;
  }
  return 0;
}

/** Another name for `compare`, used by some callers. */
export const compareTerms = compare;

// Ranks of the term types. Local funs sort before external funs (fun M:F/A),
// as in erl 25.
const R_NUMBER = 0;
const R_ATOM = 1;
const R_REF = 2;
const R_FUN = 3;
const R_EXPORT = 4;
const R_PORT = 5;
const R_PID = 6;
const R_TUPLE = 7;
const R_MAP = 8;
const R_NIL = 9;
const R_LIST = 10;
const R_BITS = 11;

function rank(t: Term): number {
  switch (typeof t) {
    case 'number':
    case 'bigint':
      return R_NUMBER;
  }
  const c = (t as object).constructor;
  switch (c) {
    case Atom:
      return R_ATOM;
    case Cons:
      return R_LIST;
    case Array:
      return R_TUPLE;
    case ErlFloat:
      return R_NUMBER;
    case Nil:
      return R_NIL;
    case ErlMap:
      return R_MAP;
    case BitStr:
      return R_BITS;
    case Pid:
      return R_PID;
    case Ref:
      return R_REF;
    case Port:
      return R_PORT;
    case Fun:
      return R_FUN;
    case ExportFun:
      return R_EXPORT;
  }
  throw new Error('compare: not a term: ' + String(t));
}

function sign(n: number): number {
  return n < 0 ? -1 : n > 0 ? 1 : 0;
}

/** A work stack of pairs still to compare, three slots a pair (a, b, exact), next pair last. */
type Pending = (Term | boolean)[];

// No recursion: list tails are walked in a loop; when a pair of compound
// heads or elements must be compared, what follows them waits on an explicit
// stack, so depth is limited by memory only.
function cmp(a: Term, b: Term, exact: boolean): number {
  let stack: Pending | null = null;
  for (;;) {
    const c = cmpOne(a, b, exact);
    if (c !== 0) return c;
    if (deferred !== null) {
      // cmpOne stopped at a compound pair: what it left comes after that pair.
      const d = deferred;
      deferred = null;
      if (stack === null) stack = d;
      else for (let i = 0; i < d.length; i++) stack.push(d[i]!);
    }
    if (stack === null || stack.length === 0) return 0;
    exact = stack.pop() as boolean;
    b = stack.pop() as Term;
    a = stack.pop() as Term;
  }
}

/**
 * Pairs cmpOne leaves to compare after it returns 0, next pair last. Always
 * taken by cmp right after cmpOne returns, before anything else compares.
 */
let deferred: Pending | null = null;

/** Compares a and b at the top level; compound parts that need a walk are left in `deferred`. */
function cmpOne(a: Term, b: Term, exact: boolean): number {
  for (;;) {
    if (a === b) return 0;
    if (typeof a === 'number' && typeof b === 'number') return a < b ? -1 : 1;
    const ra = rank(a);
    const rb = rank(b);
    if (ra !== rb) return ra < rb ? -1 : 1;
    switch (ra) {
      case R_NUMBER:
        return cmpNumbers(a as number | bigint | ErlFloat, b as number | bigint | ErlFloat, exact);
      case R_ATOM:
        return a === b ? 0 : compareStrings((a as Atom).name, (b as Atom).name);
      case R_LIST: {
        let x = a as Cons;
        let y = b as Cons;
        for (;;) {
          const hx = x.head;
          const hy = y.head;
          const tx = x.tail;
          const ty = y.tail;
          if (hx !== hy) {
            // Strings: two different characters decide at once.
            if (typeof hx === 'number' && typeof hy === 'number') return hx < hy ? -1 : 1;
            if (isCompound(hx) && isCompound(hy)) {
              // Compare the heads next; the tails after them.
              if (tx !== ty) deferred = [tx, ty, exact];
              a = hx;
              b = hy;
              break;
            }
            const c = cmpOne(hx, hy, exact);
            if (c !== 0) return c;
          }
          if (tx instanceof Cons && ty instanceof Cons) {
            x = tx;
            y = ty;
            continue;
          }
          a = tx;
          b = ty;
          break;
        }
        if (deferred !== null) return cmpDeferredHead(a, b, exact);
        continue; // compare the tails
      }
      case R_TUPLE: {
        const x = a as Term[];
        const y = b as Term[];
        if (x.length !== y.length) return x.length < y.length ? -1 : 1;
        return cmpSeq(x, y, exact);
      }
      case R_NIL:
        return 0;
      case R_MAP:
        return cmpMaps(a as ErlMap, b as ErlMap, exact);
      case R_BITS:
        return cmpBits(a as BitStr, b as BitStr);
      case R_PID: {
        const x = a as Pid;
        const y = b as Pid;
        // Unlike ports and refs, erl compares pid numbers before nodes.
        return sign(x.serial - y.serial) || sign(x.id - y.id) || cmpNode(x.node, x.creation, y.node, y.creation);
      }
      case R_PORT: {
        const x = a as Port;
        const y = b as Port;
        return cmpNode(x.node, x.creation, y.node, y.creation) || sign(x.id - y.id);
      }
      case R_REF:
        return cmpRefs(a as Ref, b as Ref);
      case R_FUN:
        return cmpFuns(a as Fun, b as Fun, exact);
      case R_EXPORT: {
        const x = a as ExportFun;
        const y = b as ExportFun;
        return cmpOne(x.module, y.module, exact) || cmpOne(x.name, y.name, exact) || sign(x.arity - y.arity);
      }
    }
    return 0;
  }
}

/** A list walk stopped at compound heads a and b, with the tails in `deferred`: hand the heads over too. */
function cmpDeferredHead(a: Term, b: Term, exact: boolean): number {
  deferred!.push(a, b, exact);
  return 0;
}

/** Terms that may need a walk: lists, tuples, maps, funs with an environment. */
function isCompound(t: Term): boolean {
  if (typeof t !== 'object') return false;
  const c = (t as object).constructor;
  return c === Cons || c === Array || c === ErlMap || c === Fun;
}

/**
 * Element by element: atomic pairs are decided at once; at the first
 * compound pair, it and the rest are left in `deferred`.
 */
function cmpSeq(x: readonly Term[], y: readonly Term[], exact: boolean): number {
  const n = x.length;
  for (let i = 0; i < n; i++) {
    const ex = x[i]!;
    const ey = y[i]!;
    if (ex === ey) continue;
    if (isCompound(ex) && isCompound(ey)) {
      const d: Pending = [];
      for (let j = n - 1; j >= i; j--) d.push(x[j]!, y[j]!, exact);
      deferred = d;
      return 0;
    }
    const c = cmpOne(ex, ey, exact);
    if (c !== 0) return c;
  }
  return 0;
}

/** Strings by code point (JS `<` compares UTF-16 units, which differs above U+FFFF). */
export function compareStrings(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x !== y) {
      if (x >= 0xd800 && y >= 0xd800) {
        const cx = a.codePointAt(i)!;
        const cy = b.codePointAt(i)!;
        return cx < cy ? -1 : 1;
      }
      return x < y ? -1 : 1;
    }
  }
  return a.length === b.length ? 0 : a.length < b.length ? -1 : 1;
}

function cmpNumbers(a: number | bigint | ErlFloat, b: number | bigint | ErlFloat, exact: boolean): number {
  const af = a instanceof ErlFloat;
  const bf = b instanceof ErlFloat;
  if (af && bf) return cmpPrim(a.value, b.value);
  if (!af && !bf) return cmpPrim(a as number | bigint, b as number | bigint);
  if (exact) return af ? 1 : -1;
  return af ? -cmpIntFloat(b as number | bigint, a.value) : cmpIntFloat(a as number | bigint, (b as ErlFloat).value);
}

function cmpPrim(a: number | bigint, b: number | bigint): number {
  // JS compares number with bigint exactly.
  return a < b ? -1 : a > b ? 1 : 0;
}

/** An integer against a float, exactly (no rounding of either side). */
function cmpIntFloat(i: number | bigint, f: number): number {
  if (typeof i === 'number') return i < f ? -1 : i > f ? 1 : 0;
  // A bigint is beyond 2^53, where every float is an integer or the answer is clear.
  const fi = Math.floor(f);
  const bf = BigInt(fi);
  if (i < bf) return -1;
  if (i > bf) return 1;
  return fi === f ? 0 : -1;
}

function cmpNode(an: Atom, ac: number, bn: Atom, bc: number): number {
  if (an !== bn) return compareStrings(an.name, bn.name);
  return sign(ac - bc);
}

/** Refs: node, creation, then the id words from the most significant (the last) down. */
function cmpRefs(a: Ref, b: Ref): number {
  const c = cmpNode(a.node, a.creation, b.node, b.creation);
  if (c !== 0) return c;
  const x = a.ids;
  const y = b.ids;
  // A longer ref is bigger only through its extra non-zero words.
  const n = Math.max(x.length, y.length);
  for (let i = n - 1; i >= 0; i--) {
    const xi = x[i] ?? 0;
    const yi = y[i] ?? 0;
    if (xi !== yi) return xi < yi ? -1 : 1;
  }
  return 0;
}

/** Local funs: module name, lambda index, uniq, then the captured values. */
function cmpFuns(a: Fun, b: Fun, exact: boolean): number {
  const ca = a.code;
  const cb = b.code;
  if (ca !== cb) {
    const c = (ca.module === cb.module ? 0 : compareStrings(ca.module.name, cb.module.name)) || sign(ca.index - cb.index) || sign(ca.uniq - cb.uniq);
    if (c !== 0) return c;
  }
  const ea = a.env;
  const eb = b.env;
  if (ea.length !== eb.length) return ea.length < eb.length ? -1 : 1;
  return cmpSeq(ea, eb, exact);
}

/** Bitstrings: byte by byte as unsigned, then the shorter one first. */
function cmpBits(a: BitStr, b: BitStr): number {
  const x = a.buf;
  const y = b.buf;
  const bits = Math.min(a.bits, b.bits);
  const full = Math.floor(bits / 8);
  for (let i = 0; i < full; i++) {
    if (x[i] !== y[i]) return x[i]! < y[i]! ? -1 : 1;
  }
  const rest = bits & 7;
  if (rest !== 0) {
    const mask = (0xff << (8 - rest)) & 0xff;
    const xa = x[full]! & mask;
    const ya = y[full]! & mask;
    if (xa !== ya) return xa < ya ? -1 : 1;
  }
  return a.bits === b.bits ? 0 : a.bits < b.bits ? -1 : 1;
}

/**
 * Maps: by size, then the keys in map key order (compared exactly), then the
 * values in that key order (compared as the caller asked).
 */
function cmpMaps(a: ErlMap, b: ErlMap, exact: boolean): number {
  if (a.size !== b.size) return a.size < b.size ? -1 : 1;
  const ka = a.keys();
  const kb = b.keys();
  for (let i = 0; i < ka.length; i++) {
    const c = compareExact(ka[i]!, kb[i]!);
    if (c !== 0) return c;
  }
  return cmpSeq(a.values(), b.values(), exact);
}
