// A process's monitors (the ones it holds, the ones on it), keyed by their
// refs. Most processes hold a few, added and removed again at once: every
// gen_server:call monitors the server and demonitors it when the reply is
// in. A JS Map that lives long enough to reach V8's old generation costs
// about 250 ns a set or delete (its hash table is rebuilt as it empties and
// fills, through V8's runtime); a short flat array of keys and values costs
// a few loads. Past SMALL entries the table moves to a Map, so a server
// watched by thousands of callers stays O(1) a change.
//
// Map's subset that the monitor code uses, in insertion order as a Map.
// Iterating gives a snapshot in array mode, so deleting while iterating is
// safe as it is for a Map.

import type { RefKey } from './vm.js';

/** Entries held in the flat array before the table becomes a Map. */
const SMALL = 16;

export class RefTable<V> {
  /** key, value, key, value... while small; null once `big` holds them. */
  private flat: unknown[] | null = [];
  private big: Map<RefKey, V> | null = null;

  get size(): number {
    return this.flat !== null ? this.flat.length >> 1 : this.big!.size;
  }

  private indexOf(key: RefKey): number {
    const f = this.flat!;
    for (let i = 0; i < f.length; i += 2) if (f[i] === key) return i;
    return -1;
  }

  get(key: RefKey): V | undefined {
    if (this.flat === null) return this.big!.get(key);
    const i = this.indexOf(key);
    return i < 0 ? undefined : (this.flat[i + 1] as V);
  }

  has(key: RefKey): boolean {
    return this.flat === null ? this.big!.has(key) : this.indexOf(key) >= 0;
  }

  set(key: RefKey, value: V): this {
    const f = this.flat;
    if (f === null) {
      this.big!.set(key, value);
      return this;
    }
    const i = this.indexOf(key);
    if (i >= 0) f[i + 1] = value;
    else if (f.length < 2 * SMALL) f.push(key, value);
    else {
      const m = new Map<RefKey, V>();
      for (let j = 0; j < f.length; j += 2) m.set(f[j] as RefKey, f[j + 1] as V);
      m.set(key, value);
      this.big = m;
      this.flat = null;
    }
    return this;
  }

  delete(key: RefKey): boolean {
    const f = this.flat;
    if (f === null) return this.big!.delete(key);
    const i = this.indexOf(key);
    if (i < 0) return false;
    // Shift the later entries down: insertion order stays (DOWN messages go out in it).
    const n = f.length - 2;
    for (let j = i; j < n; j++) f[j] = f[j + 2];
    f.pop();
    f.pop();
    return true;
  }

  values(): IterableIterator<V> {
    if (this.flat === null) return this.big!.values();
    const out: V[] = [];
    for (let i = 1; i < this.flat.length; i += 2) out.push(this.flat[i] as V);
    return out.values();
  }

  entries(): IterableIterator<[RefKey, V]> {
    if (this.flat === null) return this.big!.entries();
    const out: [RefKey, V][] = [];
    for (let i = 0; i < this.flat.length; i += 2) out.push([this.flat[i] as RefKey, this.flat[i + 1] as V]);
    return out.values();
  }

  [Symbol.iterator](): IterableIterator<[RefKey, V]> {
    return this.entries();
  }
}
