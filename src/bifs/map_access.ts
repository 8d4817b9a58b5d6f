// The one place where src/bifs touches the persistent map implementation, so
// the natives do not depend on its exact method names.

import { ErlMap } from '../terms/map.js';
import type { Term } from '../terms/types.js';

export type MapTerm = ErlMap;

export const emptyMap: ErlMap = ErlMap.EMPTY;

export function isMapTerm(t: Term): t is ErlMap {
  return t instanceof ErlMap;
}
export function mapGet(m: ErlMap, k: Term): Term | undefined {
  return m.get(k);
}
export function mapHas(m: ErlMap, k: Term): boolean {
  return m.has(k);
}
export function mapSet(m: ErlMap, k: Term, v: Term): ErlMap {
  return m.set(k, v);
}
export function mapDelete(m: ErlMap, k: Term): ErlMap {
  return m.delete(k);
}
export function mapSize(m: ErlMap): number {
  return m.size;
}
/** Entries in the order maps:to_list/1 returns them (term order of keys); a fresh array. */
export function mapEntries(m: ErlMap): [Term, Term][] {
  return m.entries();
}
/** The keys in map key order, not copied: the caller must not change them. */
export function mapSortedKeys(m: ErlMap): readonly Term[] {
  return m.sortedKeys();
}
/** The values in the order of mapSortedKeys, not copied. */
export function mapSortedValues(m: ErlMap): readonly Term[] {
  return m.sortedValues();
}
/** Later duplicates win, as in maps:from_list/1. */
export function mapFromEntries(entries: Iterable<readonly [Term, Term]>): ErlMap {
  return ErlMap.fromEntries(entries);
}
