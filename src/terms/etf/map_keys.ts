// The order erl writes map entries in MAP_EXT. Small maps (<= 32 keys, BEAM's
// flatmaps) come out in map-key order (term order with every integer before
// every float), which is the order ErlMap.entries() guarantees. Large maps
// come out of BEAM in HAMT hash order, which we do not reproduce: they are
// written in key order too (what term_to_binary's `deterministic` option
// does). Decoding accepts any order.

import type { ErlMapLike, Term } from '../types.js';
import type { ErlMap } from '../map.js';

export function mapEntriesForEncoding(m: ErlMapLike): [Term, Term][] {
  return (m as ErlMap).entries();
}
