// One ETS table: its options and its objects. A set keeps each object in a
// JS Map keyed by the =:= identity of its key; bag and duplicate_bag keep a
// bucket of objects per key. Iteration follows insertion order (BEAM's
// follows its hash buckets; nobody may rely on either). ordered_set keeps a
// sorted array and compares keys with ==, so 1 and 1.0 are the same key
// there, as on BEAM. Objects are stored as given and handed out as stored:
// terms are never mutated, so neither insert nor lookup copies them. The
// one exception is a set's counter: update_counter copies an object once
// and then adds to that private copy in place (as BEAM changes its own
// copy), until the object is handed out again (SetEntry.shared).

import { Atom, type Pid, type Ref, type Term, type Tuple } from '../../terms/types.js';
import { compare } from '../../terms/compare.js';
import { exactEq } from '../../terms/equality.js';
import { hashTerm } from '../../terms/hash.js';
import { mapKey } from '../term_key.js';

export type TableType = 'set' | 'ordered_set' | 'bag' | 'duplicate_bag';
export type Protection = 'public' | 'protected' | 'private';

export interface TableOptions {
  type: TableType;
  keypos: number;
  protection: Protection;
  named: boolean;
  heir: { pid: Pid; data: Term } | null;
  readConcurrency: boolean;
  writeConcurrency: boolean;
  decentralizedCounters: boolean;
  compressed: boolean;
}

export class EtsTable {
  /** set: key identity -> the object. */
  private readonly single = new Map<unknown, SetEntry>();
  /** bag and duplicate_bag: key identity -> the objects with that key. */
  private readonly buckets = new Map<unknown, Bucket>();
  private readonly isSet: boolean;
  /** ordered_set: objects sorted by key. */
  private readonly sorted: Tuple[] = [];
  /** Keys in iteration order for hash kinds, rebuilt after a change. */
  private keyCache: KeyOrder | null = null;
  private count = 0;
  /** safe_fixtable(T, true) calls not yet undone, and the key order when the first was made. */
  private fixes = 0;
  private fixedKeys: KeyOrder | null = null;

  constructor(
    readonly id: Ref,
    public name: Atom,
    public owner: Pid,
    readonly opts: TableOptions,
  ) {
    this.isSet = opts.type === 'set';
  }

  get type(): TableType {
    return this.opts.type;
  }
  get keypos(): number {
    return this.opts.keypos;
  }
  get size(): number {
    return this.count;
  }
  get ordered(): boolean {
    return this.opts.type === 'ordered_set';
  }

  keyOf(obj: Tuple): Term {
    return obj[this.opts.keypos - 1]!;
  }

  // ---- ordered_set helpers -------------------------------------------------

  /** Index of the first object whose key is >= key. */
  private lowerBound(key: Term): number {
    let lo = 0;
    let hi = this.sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (compare(this.keyOf(this.sorted[mid]!), key) < 0) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  private sortedIndex(key: Term): number {
    const i = this.lowerBound(key);
    return i < this.sorted.length && compare(this.keyOf(this.sorted[i]!), key) === 0 ? i : -1;
  }

  // ---- reading ---------------------------------------------------------------

  /** The objects with this key; the caller must not change the array. */
  lookup(key: Term): Tuple[] {
    if (this.isSet) {
      const e = this.single.get(mapKey(key));
      if (e === undefined) return [];
      e.shared = true;
      return [e.obj];
    }
    if (this.ordered) {
      const i = this.sortedIndex(key);
      return i < 0 ? [] : [this.sorted[i]!];
    }
    return this.buckets.get(mapKey(key))?.objs ?? [];
  }

  /** set and ordered_set: the object with this key. */
  lookupOne(key: Term): Tuple | undefined {
    if (this.isSet) {
      const e = this.single.get(mapKey(key));
      if (e === undefined) return undefined;
      e.shared = true;
      return e.obj;
    }
    const i = this.sortedIndex(key);
    return i < 0 ? undefined : this.sorted[i];
  }

  member(key: Term): boolean {
    if (this.isSet) return this.single.has(mapKey(key));
    if (this.ordered) return this.sortedIndex(key) >= 0;
    return this.buckets.has(mapKey(key));
  }

  /** Every object, in iteration order. */
  all(): Tuple[] {
    if (this.isSet) {
      const out: Tuple[] = [];
      for (const e of this.single.values()) {
        e.shared = true;
        out.push(e.obj);
      }
      return out;
    }
    if (this.ordered) return this.sorted.slice();
    const out: Tuple[] = [];
    for (const b of this.buckets.values()) for (const o of b.objs) out.push(o);
    return out;
  }

  /** Whether a hash kind has this key identity. */
  private hasKey(k: unknown): boolean {
    return this.isSet ? this.single.has(k) : this.buckets.has(k);
  }

  private keys(): Term[] {
    return this.keyOrder().keys;
  }

  private keyOrder(): KeyOrder {
    if (this.keyCache === null) {
      const keys: Term[] = [];
      if (this.isSet) for (const e of this.single.values()) keys.push(this.keyOf(e.obj));
      else for (const b of this.buckets.values()) keys.push(this.keyOf(b.objs[0]!));
      this.keyCache = keyOrder(keys);
    }
    return this.keyCache;
  }

  first(): Term | undefined {
    if (this.ordered) return this.sorted.length > 0 ? this.keyOf(this.sorted[0]!) : undefined;
    return this.keys()[0];
  }

  last(): Term | undefined {
    if (this.ordered) return this.sorted.length > 0 ? this.keyOf(this.sorted[this.sorted.length - 1]!) : undefined;
    return this.first();
  }

  /**
   * The key after `key`: undefined at the end, null when `key` is not in a
   * hash table (an error there; ordered_set just continues from where the
   * key would be).
   */
  next(key: Term): Term | undefined | null {
    if (this.ordered) {
      let i = this.lowerBound(key);
      if (i < this.sorted.length && compare(this.keyOf(this.sorted[i]!), key) === 0) i++;
      return i < this.sorted.length ? this.keyOf(this.sorted[i]!) : undefined;
    }
    const k = mapKey(key);
    // A fixed table goes on in the key order it had when fixed, skipping keys
    // deleted since (ets:foldl deleting as it goes); keys added since are not seen.
    const fixedAt = this.fixedKeys?.index.get(k);
    if (fixedAt !== undefined) {
      const keys = this.fixedKeys!.keys;
      for (let j = fixedAt + 1; j < keys.length; j++) if (this.hasKey(mapKey(keys[j]!))) return keys[j];
      return undefined;
    }
    if (!this.hasKey(k)) return null;
    const order = this.keyOrder();
    return order.keys[order.index.get(k)! + 1];
  }

  get fixed(): boolean {
    return this.fixes > 0;
  }

  fix(): void {
    if (this.fixes++ === 0 && !this.ordered) this.fixedKeys = this.keyOrder();
  }

  unfix(): void {
    if (this.fixes > 0 && --this.fixes === 0) this.fixedKeys = null;
  }

  prev(key: Term): Term | undefined | null {
    if (!this.ordered) return this.next(key);
    const i = this.lowerBound(key) - 1;
    return i >= 0 ? this.keyOf(this.sorted[i]!) : undefined;
  }

  // ---- writing ---------------------------------------------------------------

  insert(obj: Tuple): void {
    const key = this.keyOf(obj);
    if (this.ordered) {
      const i = this.lowerBound(key);
      if (i < this.sorted.length && compare(this.keyOf(this.sorted[i]!), key) === 0) this.sorted[i] = obj;
      else {
        this.sorted.splice(i, 0, obj);
        this.count++;
      }
      return;
    }
    const k = mapKey(key);
    if (this.isSet) {
      const e = this.single.get(k);
      if (e === undefined) {
        this.single.set(k, new SetEntry(obj));
        this.keyCache = null;
        this.count++;
      } else {
        e.obj = obj;
        e.shared = true;
      }
      return;
    }
    const b = this.buckets.get(k);
    if (b === undefined) {
      this.buckets.set(k, new Bucket(obj));
      this.keyCache = null;
      this.count++;
      return;
    }
    if (this.opts.type === 'bag' && b.has(obj)) return;
    b.add(obj);
    this.count++;
  }

  /**
   * set only, update_counter's common case: adds incr to the integer right
   * after the key of key's object and returns the sum; undefined when the
   * key is absent, the element is not an integer or the sum is no small
   * integer (the general path decides those).
   */
  bumpCounter(key: Term, incr: number): number | undefined {
    const e = this.single.get(mapKey(key));
    if (e === undefined) return undefined;
    let obj = e.obj;
    const i = this.opts.keypos;
    if (i >= obj.length) return undefined;
    const cur = obj[i];
    if (typeof cur !== 'number') return undefined;
    const v = cur + incr;
    if (!Number.isSafeInteger(v)) return undefined;
    if (e.shared) {
      // Someone may hold this tuple: change a copy of our own from now on.
      obj = obj.slice();
      e.obj = obj;
      e.shared = false;
    }
    obj[i] = v;
    return v;
  }

  /** Removes every object with this key; returns them. */
  delete(key: Term): Tuple[] {
    if (this.ordered) {
      const i = this.sortedIndex(key);
      if (i < 0) return [];
      this.count--;
      return this.sorted.splice(i, 1);
    }
    const k = mapKey(key);
    if (this.isSet) {
      const e = this.single.get(k);
      if (e === undefined) return [];
      this.single.delete(k);
      this.keyCache = null;
      this.count--;
      return [e.obj];
    }
    const b = this.buckets.get(k);
    if (b === undefined) return [];
    this.buckets.delete(k);
    this.keyCache = null;
    this.count -= b.objs.length;
    return b.objs;
  }

  /** Removes the objects =:= obj. */
  deleteObject(obj: Tuple): void {
    const key = this.keyOf(obj);
    if (this.ordered) {
      const i = this.sortedIndex(key);
      if (i >= 0 && exactEq(this.sorted[i]!, obj)) {
        this.sorted.splice(i, 1);
        this.count--;
      }
      return;
    }
    const k = mapKey(key);
    if (this.isSet) {
      const e = this.single.get(k);
      if (e !== undefined && exactEq(e.obj, obj)) this.delete(key);
      return;
    }
    const b = this.buckets.get(k);
    if (b === undefined) return;
    const keep = b.objs.filter((o) => !exactEq(o, obj));
    this.count -= b.objs.length - keep.length;
    if (keep.length === 0) {
      this.buckets.delete(k);
      this.keyCache = null;
    } else b.reset(keep);
  }

  clear(): void {
    this.single.clear();
    this.buckets.clear();
    this.sorted.length = 0;
    this.keyCache = null;
    this.count = 0;
  }

  /** Replaces the single object under its key (set and ordered_set only). */
  replace(obj: Tuple): void {
    this.insert(obj);
  }

  /** Memory in words, roughly as BEAM counts it (table header plus object copies). */
  memory(): number {
    let words = this.ordered ? 139 : 305;
    const perObject = this.ordered ? 5 : 4;
    for (const o of this.all()) words += perObject + termWords(o);
    return words;
  }
}

/**
 * A set's object. shared: the object may be in some process's hands (it came
 * from one, or lookup, select and the like gave it out); when false, it is a
 * copy only the table sees, which bumpCounter may change in place.
 */
class SetEntry {
  shared = true;
  constructor(public obj: Tuple) {}
}

/**
 * The objects of one key of a bag or duplicate_bag, in insertion order. A
 * bag must not take an object twice: a long bucket finds a duplicate through
 * an index by hashTerm (made when first needed) rather than by a scan.
 */
class Bucket {
  objs: Tuple[];
  private index: Map<number, Tuple[]> | null = null;

  constructor(obj: Tuple) {
    this.objs = [obj];
  }

  has(obj: Tuple): boolean {
    const objs = this.objs;
    if (objs.length < 16) {
      for (let i = 0; i < objs.length; i++) if (exactEq(objs[i]!, obj)) return true;
      return false;
    }
    if (this.index === null) {
      this.index = new Map();
      for (const o of objs) this.indexed(o);
    }
    const same = this.index.get(smallHash(obj));
    if (same === undefined) return false;
    for (let i = 0; i < same.length; i++) if (exactEq(same[i]!, obj)) return true;
    return false;
  }

  add(obj: Tuple): void {
    this.objs.push(obj);
    if (this.index !== null) this.indexed(obj);
  }

  reset(objs: Tuple[]): void {
    this.objs = objs;
    this.index = null;
  }

  private indexed(o: Tuple): void {
    const h = smallHash(o);
    const same = this.index!.get(h);
    if (same === undefined) this.index!.set(h, [o]);
    else same.push(o);
  }
}

/** hashTerm cut to 30 bits: a small integer, which a JS Map hashes without boxing. */
function smallHash(t: Term): number {
  return hashTerm(t) & 0x3fffffff;
}

/** Hash-table keys in iteration order, with each key's position (by its =:= identity). */
interface KeyOrder {
  keys: Term[];
  index: Map<unknown, number>;
}

function keyOrder(keys: Term[]): KeyOrder {
  return { keys, index: new Map(keys.map((k, i) => [mapKey(k), i])) };
}

/** Heap words a term occupies on a 64-bit BEAM (flat size). */
export function termWords(t: Term): number {
  if (typeof t === 'number') return Number.isSafeInteger(t) && Math.abs(t) < 2 ** 59 ? 0 : 3;
  if (typeof t === 'bigint') return 1 + Math.ceil(t.toString(16).replace('-', '').length / 16);
  if (t instanceof Atom) return 0;
  if (Array.isArray(t)) {
    let n = t.length === 0 ? 0 : 1 + t.length;
    for (const x of t) n += termWords(x);
    return n;
  }
  const o = t as unknown as { head?: Term; tail?: Term; value?: number; buf?: Uint8Array; isErlMap?: boolean; size?: number };
  if (o.head !== undefined && o.tail !== undefined) {
    let n = 0;
    let c: Term = t;
    while (typeof c === 'object' && c !== null && 'head' in (c as object)) {
      const cell = c as unknown as { head: Term; tail: Term };
      n += 2 + termWords(cell.head);
      c = cell.tail;
    }
    return n + termWords(c);
  }
  if (o.value !== undefined) return 2;
  if (o.buf !== undefined) return o.buf.length <= 64 ? 2 + Math.ceil(o.buf.length / 8) : 6;
  if (o.isErlMap === true) return 3 + 2 * (o.size ?? 0);
  return 0;
}
