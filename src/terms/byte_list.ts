// A flat list of bytes (a string) as the bytes of a binary: the common case
// of list_to_binary/1 and friends, shared by the BIFs and by the inline fast
// path the compiler emits for list_to_binary/1 calls.

import { BitStr, Cons, NIL, type Term } from './types.js';

/** Where byteListBytes gathers a short list in one walk before copying it out. */
const scratch = new Uint8Array(256);

/** A proper list of bytes (the common case: a string) in one allocation; null for anything else. */
export function byteListBytes(t: Term): Uint8Array | null {
  let n = 0;
  let x = t;
  for (; x instanceof Cons; x = x.tail) {
    const h = x.head;
    if (typeof h !== 'number' || (h & 0xff) !== h) return null;
    if (n < 256) scratch[n] = h;
    n++;
  }
  if (x !== NIL) return null;
  const out = new Uint8Array(n);
  if (n <= 256) {
    // A copy loop: TypedArray.prototype.slice costs several times more for short strings.
    for (let i = 0; i < n; i++) out[i] = scratch[i]!;
    return out;
  }
  x = t;
  for (let i = 0; i < n; i++, x = (x as Cons).tail) out[i] = (x as Cons).head as number;
  return out;
}

/** list_to_binary/1 of a flat string, or null for anything else (the BIF then decides). */
export function byteListBinary(t: Term): BitStr | null {
  if (!(t instanceof Cons)) return null;
  const bytes = byteListBytes(t);
  return bytes === null ? null : new BitStr(bytes);
}
