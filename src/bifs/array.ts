// Fast paths for array:get/2 and array:set/3 (lib/erlang/array.erl keeps
// OTP's record and tree). On a well-formed array they walk or copy the
// tree here, giving exactly the term the Erlang code gives; anything else
// (a bad index, a tree to grow, an odd tree) goes to the Erlang function,
// so errors and stack traces are its own. The tree: a leaf is a 10-tuple
// of values, a node an 11-tuple of 10 subtrees and the number of indexes
// each covers, an integer a subtree not created yet.

import { Atom, type Term } from '../terms/types.js';
import { DECLINE, type NativeFn, type NativeModule, fastPath } from '../vm/native.js';

const ARRAY = Atom.of('array');
const LEAF = 10;

function isArrayRecord(a: Term): a is Term[] {
  return Array.isArray(a) && a.length === 5 && a[0] === ARRAY;
}

/** The covered size of a node: a positive small integer, or 0 when the node is odd. */
function nodeSpan(e: Term[]): number {
  const s = e[LEAF]!;
  return typeof s === 'number' && s > 0 ? s : 0;
}

/** at(I, E, D) of array.erl, or undefined where the Erlang code would fail. */
function at(i: number, e: Term, d: Term): Term | undefined {
  for (;;) {
    if (typeof e === 'number' || typeof e === 'bigint') return d;
    if (!Array.isArray(e)) return undefined;
    if (e.length !== LEAF + 1) return i < e.length ? e[i] : undefined;
    const s = nodeSpan(e);
    if (s === 0) return undefined;
    const c = Math.floor(i / s);
    e = e[c]!;
    i -= c * s;
  }
}

/** create(I, S, V, D) of array.erl: the path to index i in an uncreated subtree of s indexes. */
function create(i: number, s: number, v: Term, d: Term): Term[] | undefined {
  if (s > LEAF) {
    const s1 = Math.floor(s / LEAF);
    const c = Math.floor(i / s1);
    if (c >= LEAF + 1) return undefined;
    const sub = create(i - c * s1, s1, v, d);
    if (sub === undefined) return undefined;
    // Literals, not new Array(n).fill(x): tuples stay packed arrays, as the compiled code makes them.
    const node: Term[] = [s1, s1, s1, s1, s1, s1, s1, s1, s1, s1, s1];
    node[c] = sub;
    return node;
  }
  if (i >= LEAF) return undefined;
  const leaf: Term[] = [d, d, d, d, d, d, d, d, d, d];
  leaf[i] = v;
  return leaf;
}

// Copies of a node and of a leaf as array literals: TurboFan allocates a
// literal inline, where slice() is a call into a builtin; on the cold run
// of compute_hamming (100,000 sets, six copies each) that was about a
// third of set's time. Tuples are packed arrays, so no hole is filled.
function copyNode(e: Term[]): Term[] {
  return [e[0]!, e[1]!, e[2]!, e[3]!, e[4]!, e[5]!, e[6]!, e[7]!, e[8]!, e[9]!, e[10]!];
}

function copyLeaf(e: Term[]): Term[] {
  return e.length === LEAF ? [e[0]!, e[1]!, e[2]!, e[3]!, e[4]!, e[5]!, e[6]!, e[7]!, e[8]!, e[9]!] : e.slice();
}

/** put(I, E, V, D) of array.erl, or undefined where the Erlang code would fail. */
function put(i: number, e: Term, v: Term, d: Term): Term[] | undefined {
  if (typeof e === 'number') return create(i, e, v, d);
  if (!Array.isArray(e)) return undefined;
  if (e.length !== LEAF + 1) {
    if (i >= e.length) return undefined;
    const out = copyLeaf(e);
    out[i] = v;
    return out;
  }
  const s = nodeSpan(e);
  if (s === 0) return undefined;
  const c = Math.floor(i / s);
  if (c >= LEAF + 1) return undefined;
  const sub = put(i - c * s, e[c]!, v, d);
  if (sub === undefined) return undefined;
  const out = copyNode(e);
  out[c] = sub;
  return out;
}

function get(_p: unknown, i: Term, a: Term): Term {
  if (typeof i === 'number' && i >= 0 && isArrayRecord(a)) {
    const n = a[1]!;
    if (typeof n === 'number' && i < n) {
      const v = at(i, a[4]!, a[3]!);
      if (v !== undefined) return v;
    } else if (typeof n === 'number' && typeof a[2] === 'number' && a[2] > 0) return a[3]!;
  }
  return DECLINE;
}

function set(_p: unknown, i: Term, v: Term, a: Term): Term {
  if (typeof i === 'number' && i >= 0 && isArrayRecord(a)) {
    const n = a[1]!;
    const m = a[2]!;
    if (typeof n === 'number' && typeof m === 'number' && (i < n || i < m)) {
      const e = put(i, a[4]!, v, a[3]!);
      if (e !== undefined) return [ARRAY, i < n ? n : i + 1, m, a[3]!, e];
    }
  }
  return DECLINE;
}

export const arrayNatives: NativeModule = {
  name: 'array',
  functions: { 'get/2': fastPath(get as NativeFn), 'set/3': fastPath(set as NativeFn) },
};
