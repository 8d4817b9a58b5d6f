// =:= and ==. The only difference is how numbers of different types meet:
// =:= never equates an integer with a float, == compares their values
// exactly (9007199254740993 == 9007199254740992.0 is false). Map keys are
// matched exactly in both, only map values follow ==.
// Note: erl 25 has 0.0 =:= -0.0 (and one map key for both); we follow it.
//
// No recursion: list tails are walked in a loop, and compound heads, tuple
// elements and map values wait on an explicit stack, so depth is limited by
// memory only.

import { Atom, BitStr, Cons, ErlFloat, ExportFun, Fun, Pid, Port, Ref, type Term } from './types.js';
import { ErlMap } from './map.js';

/** =:= */
export function exactEq(a: Term, b: Term): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object') return false;
  // Terms of two kinds, or two atoms (interned), differ: decided here, so
  // that a selective receive passing over other messages (a reference
  // against an atom) costs a few loads and no call.
  const ctor = (a as object).constructor;
  if (ctor !== (b as object).constructor || ctor === Atom) return false;
  return ctor === Array ? tupleEq(a as Term[], b as Term[]) : structEq(a, b, true);
}

/** =:= of two tuples (arrays), not identical. */
function tupleEq(a: Term[], b: Term[]): boolean {
  // A tuple of plain values ({X, Y} map and set keys): decided without the walk.
  if (a.length !== b.length) return false;
  let i = 0;
  for (const n = a.length; i < n; i++) {
    const x = a[i];
    const y = b[i];
    if (x === y) continue;
    if (typeof x !== 'object' || typeof y !== 'object') return false;
    break;
  }
  if (i === a.length) return true;
  return structEq(a, b, true);
}

/** == */
export function eq(a: Term, b: Term): boolean {
  if (a === b) return true;
  if (typeof a !== 'object') {
    if (b instanceof ErlFloat) return numEqFloat(a as number | bigint, b.value);
    return false;
  }
  if (typeof b !== 'object') {
    if (a instanceof ErlFloat) return numEqFloat(b as number | bigint, a.value);
    return false;
  }
  return structEq(a, b, false);
}

/** An integer (number or bigint) equals a float exactly. */
function numEqFloat(i: number | bigint, f: number): boolean {
  if (typeof i === 'number') return i === f;
  if (typeof i !== 'bigint') return false;
  return Number.isInteger(f) && BigInt(f) === i;
}

// The walk keeps pending pairs on an explicit stack (three slots a pair:
// a, b, and whether to compare them exactly), so depth costs heap, not JS
// stack. The stack is made only when a compound term has compound parts.

/** Compares an element pair that is not identical without descending: true/false, or undefined when both are compound. */
function shallow(a: Term, b: Term, exact: boolean): boolean | undefined {
  if (typeof a !== 'object') {
    if (!exact && b instanceof ErlFloat) return numEqFloat(a as number | bigint, b.value);
    return false;
  }
  if (typeof b !== 'object') {
    if (!exact && a instanceof ErlFloat) return numEqFloat(b as number | bigint, a.value);
    return false;
  }
  return undefined;
}

/** Both a and b are objects and not identical. */
function structEq(a: Term, b: Term, exact: boolean): boolean {
  // Map lookups compare keys with exactEq, which comes back here: keep the
  // caller's pending pairs aside.
  const saved = pending;
  pending = null;
  const r = walkEq(a, b, exact);
  pending = saved;
  return r;
}

function walkEq(a: Term, b: Term, exact: boolean): boolean {
  let stack: (Term | boolean)[] | null = null;
  for (;;) {
    if (!nodeEq(a, b, exact)) return false;
    if (stack === null) {
      if (pending === null) return true;
      stack = pending;
      pending = null;
    } else if (pending !== null) {
      for (let i = 0; i < pending.length; i++) stack.push(pending[i]!);
      pending = null;
    }
    for (;;) {
      if (stack.length === 0) return true;
      exact = stack.pop() as boolean;
      b = stack.pop() as Term;
      a = stack.pop() as Term;
      if (a === b) continue;
      const s = shallow(a, b, exact);
      if (s === undefined) break;
      if (!s) return false;
    }
  }
}

/** Pairs nodeEq left to compare: compound parts of the two terms it looked at. */
let pending: (Term | boolean)[] | null = null;

function defer(a: Term, b: Term, exact: boolean): void {
  if (pending === null) pending = [a, b, exact];
  else pending.push(a, b, exact);
}

/** An element pair: equal atomic values decided now, compound pairs deferred. */
function elemEq(a: Term, b: Term, exact: boolean): boolean {
  if (a === b) return true;
  const s = shallow(a, b, exact);
  if (s !== undefined) return s;
  defer(a, b, exact);
  return true;
}

/**
 * Compares two non-identical objects at the top level; compound parts are
 * left in `pending`. On false, `pending` is cleared.
 */
function nodeEq(a: Term, b: Term, exact: boolean): boolean {
  const r = nodeEq1(a, b, exact);
  if (!r) pending = null;
  return r;
}

function nodeEq1(a: Term, b: Term, exact: boolean): boolean {
  for (;;) {
    const ctor = (a as object).constructor;
    if (ctor !== (b as object).constructor) return false;
    switch (ctor) {
      case Cons: {
        // Walk the list: defer compound heads, loop on tails.
        let x = a as Cons;
        let y = b as Cons;
        for (;;) {
          const hx = x.head;
          const hy = y.head;
          if (hx !== hy && !elemEq(hx, hy, exact)) return false;
          const tx = x.tail;
          const ty = y.tail;
          if (tx === ty) return true;
          if (tx instanceof Cons && ty instanceof Cons) {
            x = tx;
            y = ty;
            continue;
          }
          if (typeof tx !== 'object' || typeof ty !== 'object') return exact ? false : eq(tx, ty);
          a = tx;
          b = ty;
          break; // compare the improper tails with the outer loop
        }
        continue;
      }
      case Array: {
        const x = a as Term[];
        const y = b as Term[];
        const n = x.length;
        if (n !== y.length) return false;
        for (let i = 0; i < n; i++) {
          const ex = x[i]!;
          const ey = y[i]!;
          if (ex !== ey && !elemEq(ex, ey, exact)) return false;
        }
        return true;
      }
      case ErlFloat:
        return (a as ErlFloat).value === (b as ErlFloat).value;
      case ErlMap:
        return mapEq(a as ErlMap, b as ErlMap, exact);
      case BitStr:
        return bitsEq(a as BitStr, b as BitStr);
      case Pid: {
        const x = a as Pid;
        const y = b as Pid;
        return x.node === y.node && x.id === y.id && x.serial === y.serial && x.creation === y.creation;
      }
      case Ref: {
        const x = a as Ref;
        const y = b as Ref;
        if (x.node !== y.node || x.creation !== y.creation || x.ids.length !== y.ids.length) return false;
        for (let i = 0; i < x.ids.length; i++) if (x.ids[i] !== y.ids[i]) return false;
        return true;
      }
      case Port: {
        const x = a as Port;
        const y = b as Port;
        return x.node === y.node && x.id === y.id && x.creation === y.creation;
      }
      case Fun:
        return funEq(a as Fun, b as Fun, exact);
      case ExportFun: {
        const x = a as ExportFun;
        const y = b as ExportFun;
        return x.module === y.module && x.name === y.name && x.arity === y.arity;
      }
      default:
        // Atoms and NIL are unique objects: not identical means not equal.
        return false;
    }
  }
}

function mapEq(a: ErlMap, b: ErlMap, exact: boolean): boolean {
  if (a.size !== b.size) return false;
  return a.every((k, v) => {
    const w = b.get(k);
    return w !== undefined && (v === w || elemEq(v, w, exact));
  });
}

export function bitsEq(a: BitStr, b: BitStr): boolean {
  if (a.bits !== b.bits) return false;
  const x = a.buf;
  const y = b.buf;
  const n = a.byteSize;
  for (let i = 0; i < n; i++) if (x[i] !== y[i]) return false;
  return true;
}

/** Same lambda (identity of its code, or the same module/index/uniq) and equal environments. */
function funEq(a: Fun, b: Fun, exact: boolean): boolean {
  const ca = a.code;
  const cb = b.code;
  if (ca !== cb && (ca.module !== cb.module || ca.index !== cb.index || ca.uniq !== cb.uniq || ca.arity !== cb.arity)) {
    return false;
  }
  const ea = a.env;
  const eb = b.env;
  if (ea.length !== eb.length) return false;
  for (let i = 0; i < ea.length; i++) {
    if (ea[i] !== eb[i] && !elemEq(ea[i]!, eb[i]!, exact)) return false;
  }
  return true;
}
