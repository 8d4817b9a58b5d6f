// Flattening iolists/bitstring lists into bytes, and reading character lists,
// without recursion (deep iolists are common and may be long).

import { MAX_BINARY_BYTES } from '../terms/alloc.js';
import { SLAB_COPY_MAX, slabCopy } from '../terms/bits/build.js';
import { byteListBinary, byteListBytes } from '../terms/byte_list.js';
import { BitStr, Cons, NIL, type Term } from '../terms/types.js';

export { byteListBinary, byteListBytes };

/** Bytes of an iolist (bytes, binaries, nested lists, binary tails), or null if it is none. */
export function iolistBytes(t: Term, allowBits = false): BitStr | null {
  if (t instanceof BitStr) return t.isBinary || allowBits ? t : null;
  const flat = byteListBinary(t);
  if (flat !== null) return flat;
  const small = smallAligned(t);
  if (small !== null) return small;
  const size = alignedSize(t);
  // (Past the largest binary, the general walk meets the limit as before.)
  if (size >= 0 && size <= MAX_BINARY_BYTES) return new BitStr(copyAligned(t, new Uint8Array(size)));
  const w = new BitWriter();
  const stack: Term[] = [t];
  while (stack.length > 0) {
    let x = stack.pop()!;
    while (x instanceof Cons) {
      const h = x.head;
      if (typeof h === 'number') {
        if (!Number.isInteger(h) || h < 0 || h > 255) return null;
        w.byte(h);
      } else if (h instanceof BitStr) {
        if (!h.isBinary && !allowBits) return null;
        w.bits(h);
      } else if (h instanceof Cons || h === NIL) {
        stack.push(x.tail);
        x = h;
        continue;
      } else return null;
      x = x.tail;
    }
    if (x instanceof BitStr) {
      if (!x.isBinary && !allowBits) return null;
      w.bits(x);
    } else if (x !== NIL) return null;
  }
  return w.result();
}

/** Where smallAligned gathers bytes, grown up to SCRATCH_MAX; and its walk's stack. */
let scratch: Uint8Array = new Uint8Array(256);
const SCRATCH_MAX = 65536;
const pending: Term[] = [];

/**
 * The bytes of a short iolist of bytes and byte-aligned binaries (as
 * lists:join and string building make: a few strings and separators), in
 * one walk into a scratch buffer and one copy out; null for anything else
 * or past SCRATCH_MAX bytes, which alignedSize's two walks then take.
 */
function smallAligned(t: Term): BitStr | null {
  const n = gather(t);
  // (The stack is left empty, holding no terms past the call.)
  pending.length = 0;
  if (n < 0) return null;
  // A short one goes in the shared slab, as the binaries <<...>> builds do.
  if (n > 0 && n <= SLAB_COPY_MAX) return slabCopy(scratch, 0, n);
  return new BitStr(scratch.slice(0, n));
}

/** smallAligned's walk: the number of bytes gathered into scratch, or -1. */
function gather(t: Term): number {
  let n = 0;
  let x = t;
  let buf = scratch;
  for (;;) {
    while (x instanceof Cons) {
      const h = x.head;
      if (typeof h === 'number') {
        if ((h & 0xff) !== h) return -1;
        if (n === buf.length) {
          if (n >= SCRATCH_MAX) return -1;
          buf = scratch = grown(buf, n + 1);
        }
        buf[n++] = h;
      } else if (h instanceof BitStr) {
        n = gatherBinary(n, h);
        if (n < 0) return -1;
        buf = scratch;
      } else if (h instanceof Cons) {
        pending.push(x.tail);
        x = h;
        continue;
      } else if (h !== NIL) return -1;
      x = x.tail;
    }
    if (x instanceof BitStr) {
      n = gatherBinary(n, x);
      if (n < 0) return -1;
      buf = scratch;
    } else if (x !== NIL) return -1;
    if (pending.length === 0) return n;
    x = pending.pop()!;
  }
}

/** gather's step for a binary: its bytes after scratch's first n (scratch grown if need be), or -1. */
function gatherBinary(n: number, b: BitStr): number {
  if (((b.bits | b.start) & 7) !== 0) return -1;
  const end = n + (b.bits >>> 3);
  if (end > scratch.length) {
    if (end > SCRATCH_MAX) return -1;
    scratch = grown(scratch, end);
  }
  return putBytes(scratch, n, b);
}

/** A copy of buf's bytes in a buffer of at least `need` bytes (doubling, at most SCRATCH_MAX). */
function grown(buf: Uint8Array, need: number): Uint8Array {
  let size = buf.length * 2;
  while (size < need) size *= 2;
  const b = new Uint8Array(Math.min(size, SCRATCH_MAX));
  b.set(buf);
  return b;
}

/**
 * The number of bytes of an iolist made of bytes and binaries that start at
 * a byte boundary (the usual kind: a list of records, of strings, nested),
 * or -1 for anything else, which the general walk then answers. Measuring
 * first lets the bytes be copied once into a buffer of the exact size,
 * instead of into one that doubles as it goes and is copied again at the end.
 */
function alignedSize(t: Term): number {
  let n = 0;
  const stack: Term[] = [];
  let x = t;
  for (;;) {
    while (x instanceof Cons) {
      const h = x.head;
      if (h instanceof BitStr) {
        if (((h.bits | h.start) & 7) !== 0) return -1;
        n += h.bits >>> 3;
      } else if (typeof h === 'number') {
        if ((h & 0xff) !== h) return -1;
        n++;
      } else if (h instanceof Cons) {
        stack.push(x.tail);
        x = h;
        continue;
      } else if (h !== NIL) return -1;
      x = x.tail;
    }
    if (x instanceof BitStr) {
      if (((x.bits | x.start) & 7) !== 0) return -1;
      n += x.bits >>> 3;
    } else if (x !== NIL) return -1;
    if (stack.length === 0) return n;
    x = stack.pop()!;
  }
}

/** Copies the bytes of an iolist alignedSize has measured into `out`. */
function copyAligned(t: Term, out: Uint8Array): Uint8Array {
  let at = 0;
  const stack: Term[] = [];
  let x = t;
  for (;;) {
    while (x instanceof Cons) {
      const h = x.head;
      if (h instanceof BitStr) at = putBytes(out, at, h);
      else if (typeof h === 'number') out[at++] = h;
      else if (h instanceof Cons) {
        stack.push(x.tail);
        x = h;
        continue;
      }
      x = x.tail;
    }
    if (x instanceof BitStr) at = putBytes(out, at, x);
    if (stack.length === 0) return out;
    x = stack.pop()!;
  }
}

/** Copies the bytes of the byte-aligned binary b to out at `at`: where they end. */
function putBytes(out: Uint8Array, at: number, b: BitStr): number {
  const src = b.data;
  const from = b.start >>> 3;
  const nb = b.bits >>> 3;
  if (nb <= 32) for (let i = 0; i < nb; i++) out[at + i] = src[from + i]!;
  else out.set(src.subarray(from, from + nb), at);
  return at + nb;
}

/** Appends bytes and bitstrings, which may leave the output unaligned. */
class BitWriter {
  private buf = new Uint8Array(64);
  private nbits = 0;
  private grow(extraBits: number): void {
    const need = Math.ceil((this.nbits + extraBits) / 8);
    if (need <= this.buf.length) return;
    let size = this.buf.length * 2;
    while (size < need) size *= 2;
    const b = new Uint8Array(size);
    b.set(this.buf);
    this.buf = b;
  }
  byte(v: number): void {
    this.grow(8);
    if ((this.nbits & 7) === 0) {
      this.buf[Math.floor(this.nbits / 8)] = v;
      this.nbits += 8;
    } else this.putBits(v, 8);
  }
  private putBits(v: number, n: number): void {
    for (let i = n - 1; i >= 0; i--) {
      const bit = (v >> i) & 1;
      const pos = this.nbits;
      if (bit) this.buf[Math.floor(pos / 8)]! |= 0x80 >> (pos & 7);
      this.nbits++;
    }
  }
  bits(b: BitStr): void {
    this.grow(b.bits);
    if ((this.nbits & 7) === 0 && (b.start & 7) === 0) {
      // Straight from the bytes the binary lives in: a view per part (b.buf)
      // cost more than the copy for the short parts iolists are made of.
      const out = this.buf;
      const src = b.data;
      const at = this.nbits >>> 3;
      const from = b.start >>> 3;
      const nb = b.bits >>> 3;
      if (nb <= 32) for (let i = 0; i < nb; i++) out[at + i] = src[from + i]!;
      else out.set(src.subarray(from, from + nb), at);
      // A last partial byte keeps only its own bits.
      if (b.bits & 7) out[at + nb] = src[from + nb]! & (0xff << (8 - (b.bits & 7)));
      this.nbits += b.bits;
      return;
    }
    if ((this.nbits & 7) === 0) {
      this.buf.set(b.buf.subarray(0, b.byteSize), Math.floor(this.nbits / 8));
      this.nbits += b.bits;
      return;
    }
    for (let i = 0; i < b.bits; i++) this.putBits((b.buf[Math.floor(i / 8)]! >> (7 - (i & 7))) & 1, 1);
  }
  result(): BitStr {
    return new BitStr(this.buf.slice(0, Math.ceil(this.nbits / 8)), this.nbits);
  }
}

/** A proper list of Unicode code points as a JS string, or null. */
export function charlistToString(t: Term): string | null {
  const parts: string[] = [];
  while (t instanceof Cons) {
    const c = t.head;
    if (typeof c !== 'number' || !Number.isInteger(c) || c < 0 || c > 0x10ffff) return null;
    parts.push(String.fromCodePoint(c));
    t = t.tail;
  }
  return t === NIL ? parts.join('') : null;
}

/** A proper list of Latin-1 chars (0..255) as a string, or null. */
export function latin1ListToString(t: Term): string | null {
  const s = charlistToString(t);
  if (s === null) return null;
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 255) return null;
  return s;
}
