// One ETS table: its options and its objects. Hash tables (set, bag,
// duplicate_bag) keep objects in a JS Map keyed by the =:= identity of the
// key, so iteration follows insertion order (BEAM's follows its hash buckets;
// nobody may rely on either). ordered_set keeps a sorted array and compares
// keys with ==, so 1 and 1.0 are the same key there, as on BEAM.

import { Atom, type Pid, type Ref, type Term, type Tuple } from '../../terms/types.js';
import { compare } from '../../terms/compare.js';
import { exactEq } from '../../terms/equality.js';
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
  /** Hash kinds: key identity -> the objects with that key (one for set). */
  private readonly hash = new Map<unknown, Tuple[]>();
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
  ) {}

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

  lookup(key: Term): Tuple[] {
    if (this.ordered) {
      const i = this.sortedIndex(key);
      return i < 0 ? [] : [this.sorted[i]!];
    }
    return this.hash.get(mapKey(key)) ?? [];
  }

  member(key: Term): boolean {
    return this.lookup(key).length > 0;
  }

  /** Every object, in iteration order. */
  all(): Tuple[] {
    if (this.ordered) return this.sorted.slice();
    const out: Tuple[] = [];
    for (const objs of this.hash.values()) for (const o of objs) out.push(o);
    return out;
  }

  private keys(): Term[] {
    return this.keyOrder().keys;
  }

  private keyOrder(): KeyOrder {
    if (this.keyCache === null) this.keyCache = keyOrder([...this.hash.values()].map((objs) => this.keyOf(objs[0]!)));
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
      for (let j = fixedAt + 1; j < keys.length; j++) if (this.hash.has(mapKey(keys[j]!))) return keys[j];
      return undefined;
    }
    if (!this.hash.has(k)) return null;
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
    const objs = this.hash.get(k);
    if (objs === undefined) {
      this.hash.set(k, [obj]);
      this.keyCache = null;
      this.count++;
      return;
    }
    switch (this.opts.type) {
      case 'set':
        objs[0] = obj;
        return;
      case 'bag':
        if (objs.some((o) => exactEq(o, obj))) return;
        objs.push(obj);
        this.count++;
        return;
      default:
        objs.push(obj);
        this.count++;
    }
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
    const objs = this.hash.get(k);
    if (objs === undefined) return [];
    this.hash.delete(k);
    this.keyCache = null;
    this.count -= objs.length;
    return objs;
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
    const objs = this.hash.get(k);
    if (objs === undefined) return;
    const keep = objs.filter((o) => !exactEq(o, obj));
    this.count -= objs.length - keep.length;
    if (keep.length === 0) {
      this.hash.delete(k);
      this.keyCache = null;
    } else this.hash.set(k, keep);
  }

  clear(): void {
    this.hash.clear();
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
