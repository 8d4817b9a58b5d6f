// The merge sort behind lists:sort/1, keysort/2 and merge/1, reproducing the
// order OTP's lists.erl leaves terms in that compare equal without being
// identical (1 and 1.0, 0.0 and -0.0, {a,1} and {a,1.0} under keysort).
//
// OTP's sort is not stable: it cuts the list into runs that grow at both ends
// (an element smaller than the run's bottom may be set aside to start the
// next run), then merges runs three at a time, alternating passes over
// ascending runs and over reversed (descending) ones. Which run an equal
// element lands in, and which side wins a tie in each merge, decides where it
// comes out; so this file walks the same steps. Runs are JS arrays holding
// an Erlang list in its order (index 0 is the head).
//
// Ties in the merges, for runs R1, R2, R3 in the order lists.erl names them:
// an ascending merge takes the smallest head, the lowest-numbered run on a
// tie; a descending merge takes the largest head, the highest-numbered run on
// a tie. Only head-to-head comparisons matter, so these generic merges give
// the same result as OTP's unrolled ones whatever the input.

import { Cons, ErlFloat, Fun, NIL, type Term } from '../../terms/types.js';
import { exactEq } from '../../terms/equality.js';
import { ErlMap } from '../../terms/map.js';

export type Cmp<E> = (a: E, b: E) => number;

/**
 * Which end of a pass's run list is R1. sort/1 always reads ascending runs
 * front to back (`asc`); keysort reads them back to front after a descending
 * split (`desc`), which keeps equal keys in their input order.
 */
export type Orientation = 'asc' | 'desc';

/** The run [Y, X | R], R being a stack whose top is the list's head. */
function closeRun<E>(y: E, x: E, r: E[]): E[] {
  const run: E[] = [y, x];
  for (let i = r.length - 1; i >= 0; i--) run.push(r[i]!);
  return run;
}

/**
 * Cuts items[from..] into runs, continuing a run whose two topmost elements
 * are x (lower) and y, with r below x (a stack). `extends_(z, y)` says z may
 * go above y; `setAsideFirst(s, z)` says which of a set-aside element s and
 * the element z that fits no run becomes the new run's lower element.
 * Returns the runs in Erlang list order, the last one cut first.
 */
function cutRuns<E>(x: E, y: E, items: readonly E[], from: number, r: E[], extends_: (z: E, y: E) => boolean, setAsideFirst: (s: E, z: E) => boolean): E[][] {
  const runs: E[][] = []; // oldest first; reversed at the end
  let setAside: E | undefined;
  let hasSetAside = false;
  for (let i = from; i < items.length; i++) {
    const z = items[i]!;
    if (extends_(z, y)) {
      r.push(x);
      x = y;
      y = z;
    } else if (extends_(z, x)) {
      r.push(x);
      x = z;
    } else if (!hasSetAside) {
      if (r.length === 0) r.push(z);
      else {
        setAside = z;
        hasSetAside = true;
      }
    } else {
      runs.push(closeRun(y, x, r));
      const s = setAside!;
      if (setAsideFirst(s, z)) {
        x = s;
        y = z;
      } else {
        x = z;
        y = s;
      }
      r = [];
      hasSetAside = false;
      setAside = undefined;
    }
  }
  runs.push(closeRun(y, x, r));
  if (hasSetAside) runs.push([setAside!]);
  return runs.reverse();
}

/** Ascending runs (growing upwards): lists.erl's split_1 and keysplit_1. */
function cutAscending<E>(x: E, y: E, items: readonly E[], from: number, r: E[], cmp: Cmp<E>): E[][] {
  return cutRuns(
    x,
    y,
    items,
    from,
    r,
    (z, top) => cmp(z, top) >= 0,
    (s, z) => cmp(s, z) <= 0,
  );
}

/**
 * Descending runs: split_2 extends a run with an element equal to its end,
 * keysplit_2 (strict) does not.
 */
function cutDescending<E>(x: E, y: E, items: readonly E[], from: number, r: E[], cmp: Cmp<E>, strict: boolean): E[][] {
  return cutRuns(x, y, items, from, r, strict ? (z, end) => cmp(z, end) < 0 : (z, end) => cmp(z, end) <= 0, (s, z) => cmp(s, z) > 0);
}

// ---- merges; each returns the merged list reversed, as lists.erl does ----

/** Fills `out` from its end with the taken elements, so it ends up reversed. */
function merge2<E>(a: readonly E[], b: readonly E[], cmp: Cmp<E>, descending: boolean): E[] {
  const out = new Array<E>(a.length + b.length);
  let k = out.length;
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const c = cmp(a[i]!, b[j]!);
    const takeA = descending ? c > 0 : c <= 0;
    out[--k] = takeA ? a[i++]! : b[j++]!;
  }
  while (i < a.length) out[--k] = a[i++]!;
  while (j < b.length) out[--k] = b[j++]!;
  return out;
}

function merge3<E>(a: readonly E[], b: readonly E[], c: readonly E[], cmp: Cmp<E>, descending: boolean): E[] {
  const out = new Array<E>(a.length + b.length + c.length);
  let k = out.length;
  let i = 0;
  let j = 0;
  let l = 0;
  while (i < a.length && j < b.length && l < c.length) {
    const x = a[i]!;
    const y = b[j]!;
    const z = c[l]!;
    if (!descending) {
      // The smallest; ties go to the lower-numbered run.
      if (cmp(x, y) <= 0) {
        if (cmp(x, z) <= 0) out[--k] = a[i++]!;
        else out[--k] = c[l++]!;
      } else if (cmp(y, z) <= 0) out[--k] = b[j++]!;
      else out[--k] = c[l++]!;
    } else {
      // The largest; ties go to the higher-numbered run.
      if (cmp(x, y) <= 0) {
        if (cmp(y, z) <= 0) out[--k] = c[l++]!;
        else out[--k] = b[j++]!;
      } else if (cmp(x, z) <= 0) out[--k] = c[l++]!;
      else out[--k] = a[i++]!;
    }
  }
  // One run is used up: the other two merge as a pair, in run order.
  const rest: (readonly E[])[] = [];
  if (i < a.length) rest.push(a.slice(i));
  if (j < b.length) rest.push(b.slice(j));
  if (l < c.length) rest.push(c.slice(l));
  const tail = rest.length === 2 ? merge2(rest[0]!, rest[1]!, cmp, descending) : rest.length === 1 ? [...rest[0]!].reverse() : [];
  // `tail` is reversed already and comes after everything taken so far.
  for (let t = 0; t < tail.length; t++) out[t] = tail[t]!;
  return out;
}

/**
 * lists.erl's mergel/rmergel (and keymergel/rkeymergel): merges the runs
 * three at a time per pass until one is left. `reversed` says the runs of
 * this pass are descending (rmergel). Every merge reverses, so passes
 * alternate.
 */
export function mergeRuns<E>(runs: E[][], reversed: boolean, orientation: Orientation, cmp: Cmp<E>): E[] {
  let lists = runs;
  let rev = reversed;
  for (;;) {
    if (!rev && lists.length === 1) return lists[0]!;
    if (lists.length === 0) return [];
    // Whether the first run of the group is R1 (otherwise it is the last).
    const firstIsR1 = rev === (orientation === 'desc');
    const acc: E[][] = [];
    let i = 0;
    for (; i + 3 <= lists.length; i += 3) {
      const [p, q, s] = [lists[i]!, lists[i + 1]!, lists[i + 2]!];
      acc.push(firstIsR1 ? merge3(p, q, s, cmp, rev) : merge3(s, q, p, cmp, rev));
    }
    const left = lists.length - i;
    if (left === 2) {
      const [p, q] = [lists[i]!, lists[i + 1]!];
      acc.push(firstIsR1 ? merge2(p, q, cmp, rev) : merge2(q, p, cmp, rev));
    } else if (left === 1) acc.push([...lists[i]!].reverse());
    // Merged runs were accumulated by prepending: the next pass reads them
    // newest first.
    lists = acc.reverse();
    rev = !rev;
  }
}

/** True when every element is a small integer (equal ones are identical). */
function allSmallIntegers(items: readonly unknown[]): boolean {
  for (let i = 0; i < items.length; i++) if (typeof items[i] !== 'number') return false;
  return true;
}

/**
 * lists:sort/1 on an array (which it may reorder). `identical` says two
 * terms cannot be told apart (0.0 and -0.0 can, though =:=).
 *
 * Two fast paths, both exact: when no two elements compare equal without
 * being identical, the sorted order is unique, so a stable native sort gives
 * OTP's result; lists of small integers (always so) go through a typed
 * array, an order of magnitude faster than a comparator.
 */
export function sortTerms<E>(items: E[], cmp: Cmp<E>, identical: (a: E, b: E) => boolean): E[] {
  const n = items.length;
  if (n < 2) return items;
  if (allSmallIntegers(items)) {
    const a = Float64Array.from(items as unknown as number[]).sort();
    for (let i = 0; i < n; i++) (items as unknown as number[])[i] = a[i]!;
    return items;
  }
  if (n > 3) {
    const sorted = items.slice().sort(cmp);
    let unique = true;
    for (let i = 1; i < n && unique; i++) {
      if (cmp(sorted[i - 1]!, sorted[i]!) === 0 && !identical(sorted[i - 1]!, sorted[i]!)) unique = false;
    }
    if (unique) return sorted;
  }
  return otpSort(items, cmp);
}

/** sort/1 as lists.erl does it, step by step. */
function otpSort<E>(items: E[], cmp: Cmp<E>): E[] {
  const n = items.length;
  const x = items[0]!;
  const y = items[1]!;
  if (cmp(x, y) <= 0) {
    if (n === 2) return items;
    if (n === 3) {
      const z = items[2]!;
      if (cmp(y, z) <= 0) return items;
      return cmp(x, z) <= 0 ? [x, z, y] : [z, x, y];
    }
    if (cmp(x, y) === 0) return sortAfterEqualPrefix(items, cmp);
    return mergeRuns(cutAscending(x, y, items, 2, [], cmp), true, 'asc', cmp);
  }
  if (n === 2) return [y, x];
  if (n === 3) {
    const z = items[2]!;
    if (cmp(x, z) <= 0) return [y, x, z];
    return cmp(y, z) <= 0 ? [y, z, x] : [z, y, x];
  }
  return mergeRuns(cutDescending(x, y, items, 2, [], cmp, false), false, 'asc', cmp);
}

/** sort_1: the list starts with equal elements, gathered below the first different one. */
function sortAfterEqualPrefix<E>(items: E[], cmp: Cmp<E>): E[] {
  const below: E[] = [items[0]!];
  let x = items[1]!;
  for (let i = 2; i < items.length; i++) {
    const y = items[i]!;
    const c = cmp(x, y);
    if (c === 0) {
      below.push(x);
      x = y;
    } else if (c < 0) return mergeRuns(cutAscending(x, y, items, i + 1, below, cmp), true, 'asc', cmp);
    else return mergeRuns(cutDescending(x, y, items, i + 1, below, cmp, false), false, 'asc', cmp);
  }
  return items; // all equal: lists.erl rebuilds them in their input order
}

/** A tuple and its key, for keysort. */
export interface Keyed<T> {
  k: T;
  t: T;
}

/**
 * lists:keysort/2 on tuples paired with their keys. `same` is == on whole
 * tuples: lists.erl gathers a leading run of equal tuples before splitting,
 * which is where keysort stops being stable.
 */
export function keysortEntries<T>(items: Keyed<T>[], cmp: Cmp<T>, same: (a: T, b: T) => boolean): Keyed<T>[] {
  const n = items.length;
  if (n < 2) return items;
  const byKey: Cmp<Keyed<T>> = (a, b) => cmp(a.k, b.k);
  const x = items[0]!;
  const y = items[1]!;
  if (byKey(x, y) <= 0) {
    if (n === 2) return items;
    if (n === 3) {
      const z = items[2]!;
      if (byKey(y, z) <= 0) return items;
      return byKey(x, z) <= 0 ? [x, z, y] : [z, x, y];
    }
    if (same(x.t, y.t)) return keysortAfterEqualPrefix(items, byKey, same);
    return mergeRuns(cutAscending(x, y, items, 2, [], byKey), true, 'asc', byKey);
  }
  if (n === 2) return [y, x];
  if (n === 3) {
    const z = items[2]!;
    if (byKey(x, z) <= 0) return [y, x, z];
    return byKey(y, z) <= 0 ? [y, z, x] : [z, y, x];
  }
  return mergeRuns(cutDescending(x, y, items, 2, [], byKey, true), false, 'desc', byKey);
}

/** keysort_1: equal leading tuples, then the first different one picks the direction. */
function keysortAfterEqualPrefix<T>(items: Keyed<T>[], byKey: Cmp<Keyed<T>>, same: (a: T, b: T) => boolean): Keyed<T>[] {
  const below: Keyed<T>[] = [items[0]!];
  let x = items[1]!;
  for (let i = 2; i < items.length; i++) {
    const y = items[i]!;
    if (same(x.t, y.t)) {
      below.push(x);
      x = y;
    } else if (byKey(x, y) <= 0) return mergeRuns(cutAscending(x, y, items, i + 1, below, byKey), true, 'asc', byKey);
    else return mergeRuns(cutDescending(x, y, items, i + 1, below, byKey, true), false, 'desc', byKey);
  }
  return items;
}

// ---- telling equal terms apart ---------------------------------------

/**
 * True when a and b cannot be told apart, so their order in a sorted list
 * does not show. =:= almost says it, but erl 25 has 0.0 =:= -0.0 while
 * printing them differently: terms holding a float zero anywhere count as
 * distinguishable (a false "no" only costs the fast path).
 */
export function indistinguishable(a: Term, b: Term): boolean {
  if (a === b) return true;
  return exactEq(a, b) && !holdsFloatZero(a);
}

function holdsFloatZero(t: Term): boolean {
  const stack: Term[] = [t];
  while (stack.length > 0) {
    const x = stack.pop()!;
    if (typeof x !== 'object') continue;
    if (x instanceof ErlFloat) {
      if (x.value === 0) return true;
    } else if (x instanceof Cons) stack.push(x.head, x.tail);
    else if (Array.isArray(x)) for (const e of x) stack.push(e);
    else if (x instanceof ErlMap) {
      x.every((k, v) => {
        stack.push(k, v);
        return true;
      });
    } else if (x instanceof Fun) for (const e of x.env) stack.push(e);
  }
  return false;
}

/** Code points below this are one UTF-16 unit each, so JS string order is their order. */
const BELOW_SURROGATES = 0xd800;

/**
 * sort/1 of a list whose elements are all flat proper lists of code points
 * below U+D800 (words, lines): the term order of such lists is the order
 * of JS strings made of those code points, which the engine's default sort
 * compares natively. Equal ones are identical terms, so any order among
 * them is OTP's. Null when an element is anything else.
 */
export function sortFlatStrings(items: Term[]): Term[] | null {
  const n = items.length;
  // Words repeat: sorting the distinct ones and counting is cheaper.
  const byKey = new Map<string, { term: Term; count: number }>();
  const codes: number[] = [];
  for (let i = 0; i < n; i++) {
    const t = items[i]!;
    let l = t;
    codes.length = 0;
    while (l instanceof Cons) {
      const c = l.head;
      if (typeof c !== 'number' || !(c >= 0 && c < BELOW_SURROGATES)) return null;
      codes.push(c);
      l = l.tail;
    }
    if (l !== NIL) return null;
    const key = codes.length < 1024 ? String.fromCharCode.apply(null, codes) : codesToString(codes);
    const seen = byKey.get(key);
    if (seen === undefined) byKey.set(key, { term: t, count: 1 });
    else seen.count++;
  }
  const keys = [...byKey.keys()].sort();
  let k = 0;
  for (const key of keys) {
    const { term, count } = byKey.get(key)!;
    for (let c = 0; c < count; c++) items[k++] = term;
  }
  return items;
}

function codesToString(codes: readonly number[]): string {
  let s = '';
  for (let i = 0; i < codes.length; i += 1024) s += String.fromCharCode.apply(null, codes.slice(i, i + 1024));
  return s;
}
