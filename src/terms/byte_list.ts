// A flat list of bytes (a string) as the bytes of a binary: the common case
// of list_to_binary/1 and friends, shared by the BIFs and by the inline fast
// path the compiler emits for list_to_binary/1 calls.

import { SLAB_COPY_MAX, slabCopy } from './bits/build.js';
import { BitStr, Cons, NIL, type Term } from './types.js';

/** Where byteListBytes gathers a short list in one walk before copying it out. */
const scratch = new Uint8Array(256);

/** The length of a proper list of bytes, its first 256 bytes gathered in scratch; -1 for anything else. */
function gather(t: Term): number {
  let n = 0;
  let x = t;
  for (; x instanceof Cons; x = x.tail) {
    const h = x.head;
    if (typeof h !== 'number' || (h & 0xff) !== h) return -1;
    if (n < 256) scratch[n] = h;
    n++;
  }
  return x === NIL ? n : -1;
}

/** A proper list of bytes (the common case: a string) in one allocation; null for anything else. */
export function byteListBytes(t: Term): Uint8Array | null {
  const n = gather(t);
  if (n < 0) return null;
  return copyOut(t, n);
}

function copyOut(t: Term, n: number): Uint8Array {
  const out = new Uint8Array(n);
  if (n <= 256) {
    // A copy loop: TypedArray.prototype.slice costs several times more for short strings.
    for (let i = 0; i < n; i++) out[i] = scratch[i]!;
    return out;
  }
  let x = t;
  for (let i = 0; i < n; i++, x = (x as Cons).tail) out[i] = (x as Cons).head as number;
  return out;
}

/** list_to_binary/1 of a flat string, or null for anything else (the BIF then decides). */
export function byteListBinary(t: Term): BitStr | null {
  if (!(t instanceof Cons)) return null;
  const n = gather(t);
  if (n < 0) return null;
  // A short one goes in the shared slab, as the binaries <<...>> builds do.
  return n <= SLAB_COPY_MAX ? slabCopy(scratch, 0, n) : new BitStr(copyOut(t, n));
}
