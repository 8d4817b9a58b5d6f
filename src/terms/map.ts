// Erlang maps: persistent and immutable. Like BEAM, small maps (up to 32
// keys) are two arrays kept in map key order (so printing and maps:to_list
// are cheap, and updating a value shares the key array); larger maps are a
// hash array mapped trie keyed by hashTerm. Keys are matched with =:=.
//
// Order: entries()/keys()/values() and iteration are always in map key order
// (compareExact). Real erl 25 lists maps above 32 keys in its internal hash
// order instead; that order depends on atom table indexes and cannot be
// reproduced, so we keep the sorted one.

import { Atom, NIL, type ErlMapLike, type Term } from './types.js';
import { exactEq } from './equality.js';
import { compareExact } from './compare.js';
import { hashTerm } from './hash.js';

const SMALL_MAX = 32;
const BITS = 6;
const MASK = 63;

// ---- HAMT nodes ------------------------------------------------------
// A bitmap node is one JS array: four header words, then, for each
// occupied 6-bit slot, two cells: key and value for an entry, or SUB and
// the child node for a subtree. (It was an object holding the bitmap and a
// cells array: on a big map every level then cost one more dependent load,
// and a lookup's time goes to those loads.)
//
// 64 slots a node, not 32: a lookup in a map of 100k keys visits three or
// four nodes instead of four or five, and each visit is a cache miss or
// two. Header word j covers slots 16j..16j+15: its low 16 bits say which
// are occupied, the bits above count the occupied slots of the words
// before it, so a slot's cell is found with one load and one popcount.
// (Sixteen bits, not 32, keep every word a small integer: a JS array
// holds larger numbers as separate heap objects, one more load.)
//
// A full node of subtrees only (the top levels of a big map) becomes a
// branch node: the header words, then one cell a slot, the child. Putting a
// key copies the nodes on its path, and a full node of key/value cells was
// 132 cells, as a branch 68: a map growing to 260k keys by puts spent a
// third less time copying. A branch never holds entries: a key for a free
// slot goes one level down, in a node of its own.
//
// A collision node holds keys with identical 32-bit hashes.

const SUB = { sub: true } as unknown as Term;

// biome-ignore lint/suspicious/noExplicitAny: [4 header words, then keys, values and child nodes]
type BitmapNode = any[];

/** Index of the first cell after the header words. */
const C0 = 4;
/** One in a header word's count field. */
const COUNT1 = 0x10000;
/** In header word 0 (whose count is always 0): the node is a branch. */
const BRANCH = 1 << 23;

class CollisionNode {
  constructor(
    readonly hash: number,
    readonly keys: Term[],
    readonly vals: Term[],
  ) {}
}

type Node = BitmapNode | CollisionNode;

/** Bits set in a 16-bit word. */
function popcount16(x: number): number {
  x -= (x >>> 1) & 0x5555;
  x = (x & 0x3333) + ((x >>> 2) & 0x3333);
  x = (x + (x >>> 4)) & 0x0f0f;
  return (x + (x >>> 8)) & 0x1f;
}

/** Occupied slots before slot frag. */
function rankOf(node: BitmapNode, frag: number): number {
  const w: number = node[frag >> 4];
  return ((w >>> 16) & 0x7f) + popcount16(w & ((1 << (frag & 15)) - 1));
}

/** Cell index of slot frag in a mixed node, whether or not the slot is occupied. */
function cellOf(node: BitmapNode, frag: number): number {
  return C0 + 2 * rankOf(node, frag);
}

function occupied(node: BitmapNode, frag: number): boolean {
  return (node[frag >> 4] & (1 << (frag & 15))) !== 0;
}

function isBranch(node: BitmapNode): boolean {
  return (node[0] & BRANCH) !== 0;
}

/** A new array for a node of n cells; its first store is an object, so it holds tagged cells. */
function newNode(n: number): BitmapNode {
  const out = new Array(n);
  out[n - 1] = SUB;
  return out;
}

/** Header words of node with slot frag set (add) or cleared, into out. */
function headerWith(out: BitmapNode, node: BitmapNode, frag: number, add: boolean): void {
  const wi = frag >> 4;
  const bit = 1 << (frag & 15);
  for (let j = 0; j < C0; j++) {
    const w: number = node[j];
    out[j] = j < wi ? w : j === wi ? (add ? w | bit : w & ~bit) : add ? w + COUNT1 : w - COUNT1;
  }
}

/** The node with `width` cells (k, then v when 2) added for the free slot frag. */
function withCells(node: BitmapNode, frag: number, width: 1 | 2, k: Term, v?: Term): BitmapNode {
  const at = C0 + width * rankOf(node, frag);
  const n = node.length;
  const out = newNode(n + width);
  headerWith(out, node, frag, true);
  for (let i = C0; i < at; i++) out[i] = node[i];
  out[at] = k;
  if (width === 2) out[at + 1] = v;
  for (let i = at; i < n; i++) out[i + width] = node[i];
  return out;
}

/** A mixed node with an entry (or SUB and child) added in the free slot frag. */
function withSlot(node: BitmapNode, frag: number, k: Term, v: Term): BitmapNode {
  return withCells(node, frag, 2, k, v);
}

/** The node without slot frag (occupied), or null when it was the only one. */
function withoutSlot(node: BitmapNode, frag: number): BitmapNode | null {
  const width = isBranch(node) ? 1 : 2;
  const n = node.length;
  if (n === C0 + width) return null;
  const at = C0 + width * rankOf(node, frag);
  const out = newNode(n - width);
  headerWith(out, node, frag, false);
  for (let i = C0; i < at; i++) out[i] = node[i];
  for (let i = at + width; i < n; i++) out[i - width] = node[i];
  return out;
}

/** A node with one slot. */
function oneSlot(frag: number, k: Term, v: Term): BitmapNode {
  const out = newNode(C0 + 2);
  const wi = frag >> 4;
  for (let j = 0; j < C0; j++) out[j] = j < wi ? 0 : j === wi ? 1 << (frag & 15) : COUNT1;
  out[C0] = k;
  out[C0 + 1] = v;
  return out;
}

function emptyNode(): BitmapNode {
  const out = newNode(C0);
  for (let j = 0; j < C0; j++) out[j] = 0;
  return out;
}

/**
 * A full mixed node of subtrees only as a branch node (one cell a slot, the
 * child), or the node itself when it is not full or still holds an entry.
 * Only nodes at shifts up to 18 turn: a branch's new key goes one level
 * down, which must stay a bitmap level.
 */
function maybeBranch(node: BitmapNode, shift: number): BitmapNode {
  if (shift > 18 || node.length !== C0 + 128) return node;
  for (let i = C0; i < node.length; i += 2) if (node[i] !== SUB) return node;
  const out = newNode(C0 + 64);
  for (let j = 0; j < C0; j++) out[j] = node[j];
  out[0] |= BRANCH;
  for (let s = 0; s < 64; s++) out[C0 + s] = node[C0 + 2 * s + 1];
  return out;
}

function keyEq(a: Term, b: Term): boolean {
  return a === b || (typeof a === 'object' && typeof b === 'object' && exactEq(a, b));
}

function nodeGet(node: Node, hash: number, shift: number, key: Term): Term | undefined {
  for (;;) {
    if (node instanceof CollisionNode) {
      if (node.hash !== hash) return undefined;
      const ks = node.keys;
      for (let i = 0; i < ks.length; i++) if (keyEq(ks[i]!, key)) return node.vals[i];
      return undefined;
    }
    const frag = (hash >>> shift) & MASK;
    const w: number = node[frag >> 4];
    const low = 1 << (frag & 15);
    if ((w & low) === 0) return undefined;
    const rank = ((w >>> 16) & 0x7f) + popcount16(w & (low - 1));
    shift += BITS;
    if ((node[0] & BRANCH) !== 0) {
      node = node[C0 + rank] as Node;
      continue;
    }
    const idx = C0 + 2 * rank;
    const k = node[idx];
    if (k === SUB) {
      node = node[idx + 1] as Node;
      continue;
    }
    return keyEq(k, key) ? node[idx + 1] : undefined;
  }
}

/** Result of an insertion: the new node, and whether a key was added. */
let added = false;

/** nodeSet on a branch node: into the child, or a new child of one entry. */
function branchSet(node: BitmapNode, hash: number, shift: number, key: Term, val: Term, owned: boolean): BitmapNode {
  const frag = (hash >>> shift) & MASK;
  if (!occupied(node, frag)) {
    added = true;
    return withCells(node, frag, 1, oneSlot((hash >>> (shift + BITS)) & MASK, key, val));
  }
  const at = C0 + rankOf(node, frag);
  const child = node[at] as Node;
  const updated = owned ? nodeSetOwned(child, hash, shift + BITS, key, val) : nodeSet(child, hash, shift + BITS, key, val);
  if (updated === child) return node;
  const out = owned ? node : node.slice();
  out[at] = updated;
  return out;
}

/** Binds key to val; an =:= key already there is replaced by `key`, as erts's hashmap does. */
function nodeSet(node: Node, hash: number, shift: number, key: Term, val: Term): Node {
  if (node instanceof CollisionNode) {
    if (node.hash === hash) {
      const ks = node.keys;
      for (let i = 0; i < ks.length; i++) {
        if (keyEq(ks[i]!, key)) {
          const rekey = ks[i] !== key;
          if (node.vals[i] === val && !rekey) return node;
          const vals = node.vals.slice();
          vals[i] = val;
          const keys = rekey ? ks.slice() : ks;
          if (rekey) keys[i] = key;
          return new CollisionNode(hash, keys, vals);
        }
      }
      added = true;
      return new CollisionNode(hash, [...ks, key], [...node.vals, val]);
    }
    // Push the collision node one level down next to the new key.
    return nodeSet(oneSlot((node.hash >>> shift) & MASK, SUB, node), hash, shift, key, val);
  }
  if (isBranch(node)) return branchSet(node, hash, shift, key, val, false);
  const frag = (hash >>> shift) & MASK;
  if (!occupied(node, frag)) {
    added = true;
    return withSlot(node, frag, key, val);
  }
  const idx = cellOf(node, frag);
  const k = node[idx];
  let newKey: Term = SUB;
  let newVal: Term | Node;
  if (k === SUB) {
    const child = node[idx + 1] as Node;
    const updated = nodeSet(child, hash, shift + BITS, key, val);
    if (updated === child) return node;
    newVal = updated;
  } else if (keyEq(k, key)) {
    const rekey = k !== key;
    if (node[idx + 1] === val && !rekey) return node;
    newKey = rekey ? key : k;
    newVal = val;
  } else {
    added = true;
    newVal = twoEntries(k, node[idx + 1], hashTerm(k), key, val, hash, shift + BITS);
  }
  const out = node.slice();
  out[idx] = newKey;
  out[idx + 1] = newVal;
  // An entry that became a subtree may leave a full node of subtrees.
  return newKey === SUB && k !== SUB ? maybeBranch(out, shift) : out;
}

/**
 * nodeSet for a trie that no map shares yet (ErlMap.fromEntries builds
 * one): changes the nodes in place instead of copying the path to the root,
 * which made maps:from_list/1 of a million pairs take seconds. A new slot
 * still makes a new array of the exact size (splice leaves spare capacity,
 * which made such a map take twice the memory of one built by puts).
 */
function nodeSetOwned(node: Node, hash: number, shift: number, key: Term, val: Term): Node {
  if (node instanceof CollisionNode) {
    if (node.hash !== hash) return nodeSetOwned(oneSlot((node.hash >>> shift) & MASK, SUB, node), hash, shift, key, val);
    const ks = node.keys;
    for (let i = 0; i < ks.length; i++) {
      if (keyEq(ks[i]!, key)) {
        ks[i] = key;
        node.vals[i] = val;
        return node;
      }
    }
    added = true;
    ks.push(key);
    node.vals.push(val);
    return node;
  }
  if (isBranch(node)) return branchSet(node, hash, shift, key, val, true);
  const frag = (hash >>> shift) & MASK;
  if (!occupied(node, frag)) {
    added = true;
    return withSlot(node, frag, key, val);
  }
  const idx = cellOf(node, frag);
  const k = node[idx];
  if (k === SUB) node[idx + 1] = nodeSetOwned(node[idx + 1] as Node, hash, shift + BITS, key, val);
  else if (keyEq(k, key)) {
    node[idx] = key;
    node[idx + 1] = val;
  } else {
    added = true;
    node[idx + 1] = twoEntries(k, node[idx + 1], hashTerm(k), key, val, hash, shift + BITS);
    node[idx] = SUB;
    return maybeBranch(node, shift);
  }
  return node;
}

function twoEntries(k1: Term, v1: Term, h1: number, k2: Term, v2: Term, h2: number, shift: number): Node {
  if (h1 === h2 || shift >= 32) return new CollisionNode(h1, [k1, k2], [v1, v2]);
  const f1 = (h1 >>> shift) & MASK;
  const f2 = (h2 >>> shift) & MASK;
  if (f1 === f2) return oneSlot(f1, SUB, twoEntries(k1, v1, h1, k2, v2, h2, shift + BITS));
  return withSlot(oneSlot(f1, k1, v1), f2, k2, v2);
}

let removed = false;

/** Returns the node without key, or null when it became empty. */
function nodeDelete(node: Node, hash: number, shift: number, key: Term): Node | null {
  if (node instanceof CollisionNode) {
    if (node.hash !== hash) return node;
    const ks = node.keys;
    for (let i = 0; i < ks.length; i++) {
      if (keyEq(ks[i]!, key)) {
        removed = true;
        if (ks.length === 1) return null;
        const keys = ks.slice();
        const vals = node.vals.slice();
        keys.splice(i, 1);
        vals.splice(i, 1);
        return new CollisionNode(hash, keys, vals);
      }
    }
    return node;
  }
  const frag = (hash >>> shift) & MASK;
  if (!occupied(node, frag)) return node;
  if (isBranch(node)) {
    // A branch keeps a child of one entry: it holds no entries itself.
    const at = C0 + rankOf(node, frag);
    const child = node[at] as Node;
    const updated = nodeDelete(child, hash, shift + BITS, key);
    if (updated === child) return node;
    if (updated === null) return withoutSlot(node, frag);
    const out = node.slice();
    out[at] = updated;
    return out;
  }
  const idx = cellOf(node, frag);
  const k = node[idx];
  if (k === SUB) {
    const child = node[idx + 1] as Node;
    const updated = nodeDelete(child, hash, shift + BITS, key);
    if (updated === child) return node;
    if (updated !== null) {
      const out = node.slice();
      // A subtree left with a single entry is pulled up into this node.
      if (Array.isArray(updated) && !isBranch(updated) && updated.length === C0 + 2 && updated[C0] !== SUB) {
        out[idx] = updated[C0];
        out[idx + 1] = updated[C0 + 1];
      } else {
        out[idx + 1] = updated;
      }
      return out;
    }
  } else if (!keyEq(k, key)) {
    return node;
  } else {
    removed = true;
  }
  return withoutSlot(node, frag);
}

function nodeEach(node: Node, fn: (k: Term, v: Term) => boolean): boolean {
  if (node instanceof CollisionNode) {
    for (let i = 0; i < node.keys.length; i++) if (!fn(node.keys[i]!, node.vals[i]!)) return false;
    return true;
  }
  if (isBranch(node)) {
    for (let i = C0; i < node.length; i++) if (!nodeEach(node[i] as Node, fn)) return false;
    return true;
  }
  for (let i = C0; i < node.length; i += 2) {
    if (node[i] === SUB) {
      if (!nodeEach(node[i + 1] as Node, fn)) return false;
    } else if (!fn(node[i], node[i + 1])) return false;
  }
  return true;
}

// ---- the map ---------------------------------------------------------

/** Index of key in a small map's key array, or -1. */
function smallIndex(ks: readonly Term[], key: Term): number {
  const n = ks.length;
  // Integers, atoms and bigints are equal only when identical (===).
  for (let i = 0; i < n; i++) if (ks[i] === key) return i;
  if (typeof key === 'object' && !(key instanceof Atom) && key !== NIL) {
    for (let i = 0; i < n; i++) {
      const k = ks[i]!;
      if (typeof k === 'object' && exactEq(k, key)) return i;
    }
  }
  return -1;
}

const PACK = 2 ** 21;

/**
 * Positions 0..n-1 in the order of vals (each below 2^32; distinct keys
 * give distinct values). Dense values through a table indexed by value;
 * otherwise below a thousand, each value and its position packed into one
 * double (value * 2^21 + position, exact below 2^53) and
 * sorted by the typed array's own numeric sort; above, a radix sort by
 * 11-bit digits (least significant first, stable), as many passes as the
 * largest value needs: the typed array's sort of 90k doubles took 10-30 ms,
 * the radix sort 1-2.
 */
function orderOf(vals: Uint32Array, max: number): Uint32Array {
  const n = vals.length;
  let order = new Uint32Array(n);
  if (max < 4 * n + 1024) {
    // Dense values (grid cells, a run of integers): each value's position
    // in a table indexed by value, read back in value order. Two loops; a
    // map folded once in a fresh node runs them before V8 optimises them,
    // and the radix sort's six loops cost 50 ms there for 90k keys.
    const at = new Int32Array(max + 1).fill(-1);
    for (let i = 0; i < n; i++) at[vals[i]!] = i;
    let k = 0;
    for (let v = 0; v <= max; v++) {
      const i = at[v]!;
      if (i >= 0) order[k++] = i;
    }
    return order;
  }
  if (n < 1000) {
    const packed = new Float64Array(n);
    for (let i = 0; i < n; i++) packed[i] = vals[i]! * PACK + i;
    packed.sort();
    for (let j = 0; j < n; j++) {
      const x = packed[j]!;
      order[j] = x - Math.floor(x / PACK) * PACK;
    }
    return order;
  }
  for (let i = 0; i < n; i++) order[i] = i;
  let next = new Uint32Array(n);
  const counts = new Uint32Array(2048);
  for (let shift = 0; shift < 32 && (shift === 0 || max >>> shift !== 0); shift += 11) {
    counts.fill(0);
    for (let i = 0; i < n; i++) counts[(vals[i]! >>> shift) & 2047]!++;
    let sum = 0;
    for (let d = 0; d < 2048; d++) {
      const c = counts[d]!;
      counts[d] = sum;
      sum += c;
    }
    for (let i = 0; i < n; i++) {
      const o = order[i]!;
      next[counts[(vals[o]! >>> shift) & 2047]!++] = o;
    }
    const t = order;
    order = next;
    next = t;
  }
  return order;
}

/**
 * The order of the keys when every key is an integer of at most 32 bits,
 * found by orderOf with no comparator called. Null otherwise.
 */
function smallIntOrder(ks: Term[]): Uint32Array | null {
  const n = ks.length;
  if (n >= PACK) return null;
  let min = 0;
  let max = 0;
  for (let i = 0; i < n; i++) {
    const k = ks[i];
    if (typeof k !== 'number' || k > 0x7fffffff || k < -0x80000000) return null;
    if (i === 0 || k < min) min = k;
    if (i === 0 || k > max) max = k;
  }
  const vals = new Uint32Array(n);
  for (let i = 0; i < n; i++) vals[i] = (ks[i] as number) - min;
  return orderOf(vals, max - min);
}

/** xs in the given order. */
function permute<T>(xs: readonly T[], order: Uint32Array): T[] {
  const n = order.length;
  const out: T[] = new Array(n);
  for (let j = 0; j < n; j++) out[j] = xs[order[j]!]!;
  return out;
}

function sortEntries(pairs: [Term, Term][]): [Term, Term][] {
  return permute(pairs, keyOrder(pairs.map((e) => e[0])));
}

/** The positions of distinct keys in map key order. */
function keyOrder(ks: Term[]): Uint32Array {
  const order = smallIntOrder(ks) ?? flatTupleOrder(ks);
  if (order !== null) return order;
  const idx = new Uint32Array(ks.length);
  for (let i = 0; i < idx.length; i++) idx[i] = i;
  // Integer keys are common and sort much faster without the generic order.
  if (ks.every((k) => typeof k === 'number')) return idx.sort((x, y) => (ks[x] as number) - (ks[y] as number));
  return idx.sort((x, y) => compareExact(ks[x]!, ks[y]!));
}

/**
 * The order of keys that are all tuples of one size (up to 4) of small
 * integers ({X, Y} cells), found through a flat copy of the elements:
 * comparing two tuples where they lie on the heap cost a few cache misses
 * each, and a sort of 70k such keys took a quarter of a second. Null for
 * other keys. (Tuples of one size compare element by element; the keys are
 * distinct.)
 */
function flatTupleOrder(ks: Term[]): Uint32Array | null {
  const n = ks.length;
  const first = n > 0 ? ks[0] : undefined;
  if (!Array.isArray(first) || first.length === 0 || first.length > 4) return null;
  const w = first.length;
  const flat = new Float64Array(n * w);
  for (let i = 0; i < n; i++) {
    const k = ks[i];
    if (!Array.isArray(k) || k.length !== w) return null;
    for (let j = 0; j < w; j++) {
      const x = k[j];
      if (typeof x !== 'number') return null;
      flat[i * w + j] = x;
    }
  }
  // Elements in small ranges: the tuple as one mixed-radix number, packed
  // with its position as in sortSmallIntKeys, and no comparator at all.
  const lo: number[] = [];
  const radix: number[] = [];
  let span = 1;
  for (let j = 0; j < w; j++) {
    let min = flat[j]!;
    let max = min;
    for (let i = 1; i < n; i++) {
      const x = flat[i * w + j]!;
      if (x < min) min = x;
      else if (x > max) max = x;
    }
    lo.push(min);
    radix.push(max - min + 1);
    span *= max - min + 1;
  }
  if (span <= 2 ** 31 && n < PACK) {
    const vals = new Uint32Array(n);
    for (let i = 0; i < n; i++) {
      let x = 0;
      for (let j = 0; j < w; j++) x = x * radix[j]! + (flat[i * w + j]! - lo[j]!);
      vals[i] = x;
    }
    return orderOf(vals, span - 1);
  }
  const order = new Uint32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  order.sort((a, b) => {
    const pa = a * w;
    const pb = b * w;
    for (let j = 0; j < w; j++) {
      const d = flat[pa + j]! - flat[pb + j]!;
      if (d !== 0) return d;
    }
    return 0;
  });
  return order;
}

export class ErlMap implements ErlMapLike, Iterable<[Term, Term]> {
  get isErlMap(): true {
    return true;
  }

  static readonly EMPTY: ErlMap = new ErlMap(0, [], [], null);

  /** Cached hashTerm of the whole map (0 = not computed yet). */
  hashCache = 0;
  /**
   * A trie's keys and values in key order, kept once sorted: maps are
   * immutable, and folding a big map twice (maps:fold, to_list, keys) sorted
   * it each time. Two arrays, not pairs: maps:next and maps:keys/values
   * read them without a pair per entry.
   */
  private sortedKs: Term[] | null = null;
  private sortedVs: Term[] | null = null;

  private constructor(
    readonly size: number,
    /** Small maps: keys in map key order; null for a trie. */
    private readonly ks: Term[] | null,
    private readonly vs: Term[] | null,
    private readonly root: Node | null,
  ) {}

  get(key: Term): Term | undefined {
    const ks = this.ks;
    if (ks !== null) {
      const i = smallIndex(ks, key);
      return i < 0 ? undefined : this.vs![i];
    }
    return nodeGet(this.root!, hashTerm(key), 0, key);
  }

  has(key: Term): boolean {
    return this.get(key) !== undefined;
  }

  /**
   * The map with key bound to val; `this` when nothing changes. Which of
   * two =:= keys (0.0, -0.0) stays is erts's: a small map keeps the key it
   * has (maps:put(-0.0, V, #{0.0 => _}) keeps 0.0) unless `newKey`, as
   * maps:from_list/1 and maps:merge/2 ask; a large one (a trie, as erts's
   * hashmap) always takes the new key.
   */
  set(key: Term, val: Term, newKey = false): ErlMap {
    const ks = this.ks;
    if (ks !== null) {
      const i = smallIndex(ks, key);
      if (i >= 0) {
        const rekey = newKey && ks[i] !== key;
        if (this.vs![i] === val && !rekey) return this;
        const vs = this.vs!.slice();
        vs[i] = val;
        const nk = rekey ? ks.slice() : ks;
        if (rekey) nk[i] = key;
        return new ErlMap(this.size, nk, vs, null);
      }
      if (ks.length < SMALL_MAX) {
        const at = insertionPoint(ks, key);
        const nk = ks.slice();
        const nv = this.vs!.slice();
        nk.splice(at, 0, key);
        nv.splice(at, 0, val);
        return new ErlMap(this.size + 1, nk, nv, null);
      }
      // Grow into a trie.
      let root: Node = emptyNode();
      for (let j = 0; j < ks.length; j++) root = nodeSet(root, hashTerm(ks[j]!), 0, ks[j]!, this.vs![j]!);
      root = nodeSet(root, hashTerm(key), 0, key, val);
      return new ErlMap(this.size + 1, null, null, root);
    }
    added = false;
    const root = nodeSet(this.root!, hashTerm(key), 0, key, val);
    if (root === this.root) return this;
    return new ErlMap(added ? this.size + 1 : this.size, null, null, root);
  }

  /** The map without key; `this` when it was absent. */
  delete(key: Term): ErlMap {
    const ks = this.ks;
    if (ks !== null) {
      const i = smallIndex(ks, key);
      if (i < 0) return this;
      if (this.size === 1) return ErlMap.EMPTY;
      const nk = ks.slice();
      const nv = this.vs!.slice();
      nk.splice(i, 1);
      nv.splice(i, 1);
      return new ErlMap(this.size - 1, nk, nv, null);
    }
    removed = false;
    const root = nodeDelete(this.root!, hashTerm(key), 0, key);
    if (!removed) return this;
    const size = this.size - 1;
    if (size <= SMALL_MAX) {
      // Back to the small layout, as BEAM does when a map shrinks.
      const pairs: [Term, Term][] = [];
      if (root !== null) nodeEach(root, (k, v) => (pairs.push([k, v]), true));
      return ErlMap.fromSortedPairs(sortEntries(pairs));
    }
    return new ErlMap(size, null, null, root);
  }

  /**
   * Calls fn on every entry in an unspecified order until it returns false;
   * returns whether it went through all. For order-insensitive work.
   */
  every(fn: (k: Term, v: Term) => boolean): boolean {
    const ks = this.ks;
    if (ks !== null) {
      const vs = this.vs!;
      for (let i = 0; i < ks.length; i++) if (!fn(ks[i]!, vs[i]!)) return false;
      return true;
    }
    return nodeEach(this.root!, fn);
  }

  /** Entries in map key order (what maps:to_list/1 gives for small maps). */
  entries(): [Term, Term][] {
    const ks = this.sortedKeys();
    const vs = this.sortedValues();
    const out: [Term, Term][] = new Array(ks.length);
    for (let i = 0; i < ks.length; i++) out[i] = [ks[i]!, vs[i]!];
    return out;
  }

  keys(): Term[] {
    return this.sortedKeys().slice();
  }

  values(): Term[] {
    return this.sortedValues().slice();
  }

  /** The keys in map key order, not copied: the caller leaves them as they are. */
  sortedKeys(): readonly Term[] {
    if (this.ks !== null) return this.ks;
    if (this.sortedKs === null) this.sort();
    return this.sortedKs!;
  }

  /** The values in the order of sortedKeys(), not copied. */
  sortedValues(): readonly Term[] {
    if (this.vs !== null) return this.vs;
    if (this.sortedVs === null) this.sort();
    return this.sortedVs!;
  }

  private sort(): void {
    const ks: Term[] = [];
    const vs: Term[] = [];
    nodeEach(this.root!, (k, v) => (ks.push(k), vs.push(v), true));
    const order = keyOrder(ks);
    this.sortedKs = permute(ks, order);
    this.sortedVs = permute(vs, order);
  }

  [Symbol.iterator](): Iterator<[Term, Term]> {
    return this.entries()[Symbol.iterator]();
  }

  /** Later pairs win, their keys too (-0.0 over 0.0), as in maps:from_list/1. */
  static fromEntries(pairs: Iterable<readonly [Term, Term]>): ErlMap {
    let m = ErlMap.EMPTY;
    let root: Node | null = null;
    let size = 0;
    for (const [k, v] of pairs) {
      if (root === null) {
        m = m.set(k, v, true);
        // Past the small size, the rest goes into a trie of our own, in place.
        if (m.root !== null) {
          root = emptyNode();
          for (const [k1, v1] of m.entries()) root = nodeSetOwned(root, hashTerm(k1), 0, k1, v1);
          size = m.size;
        }
        continue;
      }
      added = false;
      root = nodeSetOwned(root, hashTerm(k), 0, k, v);
      if (added) size++;
    }
    return root === null ? m : new ErlMap(size, null, null, root);
  }

  /** Pairs already in map key order with distinct keys (e.g. decoded, or from a sort). */
  static fromSortedPairs(pairs: readonly (readonly [Term, Term])[]): ErlMap {
    const n = pairs.length;
    if (n === 0) return ErlMap.EMPTY;
    if (n > SMALL_MAX) return ErlMap.fromEntries(pairs);
    const ks: Term[] = new Array(n);
    const vs: Term[] = new Array(n);
    for (let i = 0; i < n; i++) {
      ks[i] = pairs[i]![0];
      vs[i] = pairs[i]![1];
    }
    return new ErlMap(n, ks, vs, null);
  }
}

/** Where key goes in a sorted small key array. */
function insertionPoint(ks: readonly Term[], key: Term): number {
  let lo = 0;
  let hi = ks.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (compareExact(ks[mid]!, key) < 0) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
