// Binary matching (<<X:8, Rest/binary>> = B). Each getter reads a segment at a
// bit offset and returns a failure marker instead of throwing, so compiled
// pattern matching can fall through to the next clause: null for
// getInteger/getFloat/getBits, -1 for the UTF getters.

import { BitStr, ErlFloat, normInt } from '../types.js';
import { isLittle, type Endian } from './endian.js';
import { fromHalfBits } from './float16.js';

function validRange(b: BitStr, off: number, size: number): boolean {
  return Number.isInteger(size) && size >= 0 && Number.isInteger(off) && off >= 0 && off + size <= b.bits;
}

/** 8 bits of b at bit offset `off`; bits beyond the buffer read as 0. */
function byteAt(buf: Uint8Array, off: number): number {
  const i = Math.floor(off / 8);
  const sh = off & 7;
  if (sh === 0) return buf[i] ?? 0;
  return (((buf[i] ?? 0) << sh) | ((buf[i + 1] ?? 0) >> (8 - sh))) & 0xff;
}

/** `size` bits at `off`, left-aligned in fresh bytes (trailing bits zero). */
function extract(buf: Uint8Array, off: number, size: number): Uint8Array {
  const nb = Math.ceil(size / 8);
  let out: Uint8Array;
  if ((off & 7) === 0) {
    out = buf.slice(Math.floor(off / 8), Math.floor(off / 8) + nb);
  } else {
    out = new Uint8Array(nb);
    for (let i = 0; i < nb; i++) out[i] = byteAt(buf, off + 8 * i);
  }
  const r = size & 7;
  if (r) out[nb - 1]! &= 0xff << (8 - r);
  return out;
}

/** An integer segment; null when the bitstring is too short. */
export function getInteger(b: BitStr, off: number, size: number, endian: Endian = 'big', signed = false): number | bigint | null {
  if (!validRange(b, off, size)) return null;
  if (size === 0) return 0;
  const buf = b.data;
  const pos = b.start + off;
  const little = isLittle(endian);
  if ((pos & 7) === 0 && size <= 48 && (size & 7) === 0) {
    // Whole bytes at a byte boundary: the common case.
    const p = pos >>> 3;
    const nb = size >>> 3;
    let v = 0;
    if (little) for (let i = nb - 1; i >= 0; i--) v = v * 256 + buf[p + i]!;
    else for (let i = 0; i < nb; i++) v = v * 256 + buf[p + i]!;
    if (signed && v >= 2 ** (size - 1)) v -= 2 ** size;
    return v;
  }
  const end = pos + size;
  const first = pos >>> 3;
  const last = (end - 1) >>> 3;
  if (!little && last - first < 4) {
    // Big-endian within four bytes, at any bit offset (a bit-by-bit walk).
    let w = 0;
    for (let i = first; i <= last; i++) w = w * 256 + buf[i]!;
    w = w >>> (8 * (last + 1) - end);
    let v = size === 32 ? w >>> 0 : w & ((2 ** size - 1) | 0);
    if (signed && v >= 2 ** (size - 1)) v -= 2 ** size;
    return v;
  }
  const field = extract(buf, pos, size);
  const nb = field.length;
  const r = size & 7;
  // Rebuild the value's big-endian bytes, right-aligned.
  let be: Uint8Array;
  if (little) {
    be = new Uint8Array(nb);
    const full = Math.floor(size / 8);
    for (let i = 0; i < full; i++) be[nb - 1 - i] = field[i]!;
    if (r) be[0] = field[full]! >> (8 - r);
  } else if (r) {
    be = new Uint8Array(nb);
    const pad = 8 - r;
    for (let i = nb - 1; i >= 0; i--) be[i] = ((field[i]! >> pad) | ((i > 0 ? field[i - 1]! : 0) << r)) & 0xff;
  } else {
    be = field;
  }
  if (size <= 48) {
    let v = 0;
    for (let i = 0; i < nb; i++) v = v * 256 + be[i]!;
    if (signed && v >= 2 ** (size - 1)) v -= 2 ** size;
    return v;
  }
  let hex = '';
  for (let i = 0; i < nb; i++) hex += (be[i]! < 16 ? '0' : '') + be[i]!.toString(16);
  let v = BigInt('0x' + hex);
  if (signed) v = BigInt.asIntN(size, v);
  return normInt(v);
}

/** A float segment (16, 32 or 64 bits); null on short input, other sizes, NaN or infinity. */
export function getFloat(b: BitStr, off: number, size: number, endian: Endian = 'big'): ErlFloat | null {
  if ((size !== 16 && size !== 32 && size !== 64) || !validRange(b, off, size)) return null;
  const bytes = extract(b.data, b.start + off, size);
  const dv = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const little = isLittle(endian);
  const v = size === 64 ? dv.getFloat64(0, little) : size === 32 ? dv.getFloat32(0, little) : fromHalfBits(dv.getUint16(0, little));
  return Number.isFinite(v) ? new ErlFloat(v) : null;
}

/**
 * A binary/bitstring segment of `size` bits (or the rest with 'all'): a
 * sub-binary sharing b's bytes at any bit offset, never a copy (see BitStr).
 */
export function getBits(b: BitStr, off: number, size: number | 'all'): BitStr | null {
  const n = size === 'all' ? b.bits - off : size;
  if (!validRange(b, off, n)) return null;
  if (off === 0 && n === b.bits) return b;
  return new BitStr(null, n, b.data, b.start + off, b.chunk);
}

/**
 * The rest of b from bit `off` on, for a loop that passes it back to itself
 * (src/compiler/match_context.ts): `own`, the loop's own sub-binary, moved
 * on in place when b is it, else a new sub-binary the loop then owns.
 */
export function restInto(own: BitStr | undefined, b: BitStr, off: number): BitStr {
  if (own === b) {
    if (off !== 0) own.advance(off);
    return own;
  }
  return new BitStr(null, b.bits - off, b.data, b.start + off, b.chunk);
}

/** A `/binary`-typed segment: like getBits, but `all` must leave a whole number of bytes. */
export function getBinary(b: BitStr, off: number, size: number | 'all'): BitStr | null {
  if (size === 'all' && ((b.bits - off) & 7) !== 0) return null;
  return getBits(b, off, size);
}

// UTF getters answer (bitsConsumed << 21) | codepoint, or -1.
export const UTF_FAIL = -1;
export function utfCodepoint(r: number): number {
  return r & 0x1fffff;
}
export function utfBits(r: number): number {
  return r >>> 21;
}

function okCodepoint(cp: number): boolean {
  return cp <= 0x10ffff && (cp < 0xd800 || cp > 0xdfff);
}

export function getUtf8(b: BitStr, off: number): number {
  if (!validRange(b, off, 8)) return UTF_FAIL;
  const buf = b.data;
  off += b.start;
  const b0 = byteAt(buf, off);
  if (b0 < 0x80) return (8 << 21) | b0;
  let n: number;
  let cp: number;
  let min: number;
  if ((b0 & 0xe0) === 0xc0) {
    n = 2;
    cp = b0 & 0x1f;
    min = 0x80;
  } else if ((b0 & 0xf0) === 0xe0) {
    n = 3;
    cp = b0 & 0x0f;
    min = 0x800;
  } else if ((b0 & 0xf8) === 0xf0) {
    n = 4;
    cp = b0 & 0x07;
    min = 0x10000;
  } else {
    return UTF_FAIL;
  }
  if (off - b.start + 8 * n > b.bits) return UTF_FAIL;
  for (let i = 1; i < n; i++) {
    const c = byteAt(buf, off + 8 * i);
    if ((c & 0xc0) !== 0x80) return UTF_FAIL;
    cp = (cp << 6) | (c & 0x3f);
  }
  if (cp < min || !okCodepoint(cp)) return UTF_FAIL;
  return ((8 * n) << 21) | cp;
}

export function getUtf16(b: BitStr, off: number, endian: Endian = 'big'): number {
  const u1 = getInteger(b, off, 16, endian, false) as number | null;
  if (u1 === null) return UTF_FAIL;
  if (u1 < 0xd800 || u1 > 0xdfff) return (16 << 21) | u1;
  if (u1 > 0xdbff) return UTF_FAIL;
  const u2 = getInteger(b, off + 16, 16, endian, false) as number | null;
  if (u2 === null || u2 < 0xdc00 || u2 > 0xdfff) return UTF_FAIL;
  return (32 << 21) | (0x10000 + ((u1 - 0xd800) << 10) + (u2 - 0xdc00));
}

export function getUtf32(b: BitStr, off: number, endian: Endian = 'big'): number {
  const v = getInteger(b, off, 32, endian, false) as number | null;
  if (v === null || !okCodepoint(v)) return UTF_FAIL;
  return (32 << 21) | v;
}

/** Whether a match may end here: bits left after `off` (for the final `<<>>`/tail checks). */
export function bitsLeft(b: BitStr, off: number): number {
  return b.bits - off;
}
