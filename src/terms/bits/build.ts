// Binary construction (<<...>> expressions). A BitBuilder appends segments and
// `finish()` hands out the BitStr.
//
// Appending to a binary in a loop (`Acc1 = <<Acc0/binary, X>>`) is amortized
// O(1) per append, like BEAM's writable binaries: the builder leaves spare
// capacity after what it built, and a later builder whose first segment is
// exactly the newest binary of that buffer extends it in place instead of
// copying. Every BitStr stays a view of exactly its own bytes, so views handed
// out earlier never see the bytes written after them.

import { MAX_BINARY_BITS, MAX_BINARY_BYTES, canAllocateBinary } from '../alloc.js';
import { A, BitStr, Chunk, Cons, NIL, type Term, ErlFloat } from '../types.js';
import { isLittle, type Endian } from './endian.js';
import { segmentError, bitsSystemLimit, type SegmentType } from './error.js';
import { toFloat32Bits, toHalfBits } from './float16.js';

/**
 * The chunk of `v` when v (a byte-aligned binary) is the newest one built in
 * it: the caller then owns the bytes after it and may append in place. Null
 * for any other binary, including those over buffers we did not build.
 */
function claimTail(v: BitStr): Chunk | null {
  const c = v.chunk;
  if (c === null || (v.start & 7) !== 0 || c.end !== (v.start >>> 3) + v.byteSize) return null;
  c.end = -1;
  return c;
}

function newChunk(capacity: number): Chunk {
  return new Chunk(new Uint8Array(capacity), -1);
}

/** Appending to a binary at least this big reserves room for more appends. */
const ACCUMULATOR_MIN_BYTES = 16;
const INITIAL_CAPACITY = 32;
/** The most bits a binary can hold (4 GiB, one JS typed array). */
const MAX_BITS = MAX_BINARY_BITS;

const EMPTY = new Uint8Array(0);
const scratch = new DataView(new ArrayBuffer(8));

/** 8 bits of `src` starting at bit `off` (bits past the end read as 0). */
function read8(src: Uint8Array, off: number): number {
  const i = Math.floor(off / 8);
  const sh = off & 7;
  const hi = src[i] ?? 0;
  if (sh === 0) return hi;
  return ((hi << sh) | ((src[i + 1] ?? 0) >> (8 - sh))) & 0xff;
}

/** The low `size` bits of v (two's complement), as `nb` big-endian bytes. */
function intBytesBE(v: number | bigint, size: number, nb: number): Uint8Array {
  const out = new Uint8Array(nb);
  if (typeof v === 'number' && size <= 32) {
    const x = size === 32 ? v >>> 0 : (v & ((2 ** size - 1) | 0)) >>> 0;
    for (let i = nb - 1, s = 0; i >= 0; i--, s += 8) out[i] = s < 32 ? (x >>> s) & 0xff : 0;
    return out;
  }
  const x = BigInt.asUintN(size, typeof v === 'bigint' ? v : BigInt(v));
  const hex = x.toString(16).padStart(2 * nb, '0');
  for (let i = 0; i < nb; i++) out[i] = parseInt(hex.substring(2 * i, 2 * i + 2), 16);
  return out;
}

/** An integer segment's bits, left-aligned in bytes, in the order they go into the binary. */
function integerField(v: number | bigint, size: number, little: boolean): Uint8Array {
  const nb = Math.ceil(size / 8);
  const be = intBytesBE(v, size, nb);
  const r = size & 7;
  if (little) {
    // Whole bytes least significant first, then the top r bits as the last chunk.
    const out = new Uint8Array(nb);
    const full = Math.floor(size / 8);
    for (let i = 0; i < full; i++) out[i] = be[nb - 1 - i]!;
    if (r) out[full] = (be[0]! << (8 - r)) & 0xff;
    return out;
  }
  if (r === 0) return be;
  const pad = 8 - r;
  for (let i = 0; i < nb; i++) be[i] = ((be[i]! << pad) | ((be[i + 1] ?? 0) >> r)) & 0xff;
  return be;
}

function validCodepoint(cp: Term): cp is number {
  return typeof cp === 'number' && cp >= 0 && cp <= 0x10ffff && (cp < 0xd800 || cp > 0xdfff);
}

export class BitBuilder {
  /** The buffer written into; `bytes` is its bytes. */
  private chunk: Chunk | null = null;
  private bytes: Uint8Array = EMPTY;
  /** Where this binary starts in `bytes`. */
  private base = 0;
  /** Bits written so far. */
  private bitLen = 0;
  /** Segment counter, for erl's "segment N of type ..." errors. */
  private segment = 0;
  /** Where this binary started in the shared slab, to give the space back if it moves out; -1 otherwise. */
  private slabStart = -1;

  /** `sizeHintBytes`: the expected size when the compiler knows it, to allocate once. */
  constructor(private readonly sizeHintBytes = 0) {}

  get bitSize(): number {
    return this.bitLen;
  }

  private ensure(extraBits: number): void {
    const totalBits = this.bitLen + extraBits;
    if (totalBits > MAX_BITS && !canAllocateBinary(Math.ceil(totalBits / 8))) throw bitsSystemLimit();
    const needRel = Math.ceil(totalBits / 8);
    if (this.base + needRel <= this.bytes.length) return;
    if (this.chunk === null && needRel <= SMALL_BYTES && this.sizeHintBytes <= SMALL_BYTES) {
      // A small binary: start in the shared slab (see takeSlab).
      const c = takeSlab(SMALL_BYTES);
      this.chunk = c;
      this.bytes = c.bytes;
      this.base = c.end;
      this.slabStart = c.end;
      c.end = -1;
      return;
    }
    const cap = Math.min(Math.max(needRel * 2, this.sizeHintBytes, INITIAL_CAPACITY), MAX_BINARY_BYTES);
    this.moveTo(newChunk(cap));
  }

  private moveTo(c: Chunk): void {
    const used = Math.ceil(this.bitLen / 8);
    const nb = c.bytes;
    if (used <= 16) for (let i = 0; i < used; i++) nb[i] = this.bytes[this.base + i]!;
    else nb.set(this.bytes.subarray(this.base, this.base + used));
    if (this.slabStart >= 0) release(this.chunk!, this.slabStart, this.base + used);
    this.slabStart = -1;
    this.chunk = c;
    this.bytes = nb;
    this.base = 0;
  }

  private checkSize(sizeBits: Term, type: SegmentType): number {
    if (typeof sizeBits === 'number' && Number.isInteger(sizeBits) && sizeBits >= 0) return sizeBits;
    if (typeof sizeBits === 'bigint' && sizeBits > 0n) throw segmentError(this.segment, type, 'size', sizeBits, A.system_limit);
    throw segmentError(this.segment, type, 'size', sizeBits);
  }

  /** Appends `n` bits of left-aligned `src` starting at bit `srcOff`. */
  private writeBits(src: Uint8Array, srcOff: number, n: number): void {
    if (n === 0) return;
    this.ensure(n);
    const bytes = this.bytes;
    let d = this.base * 8 + this.bitLen;
    if ((d & 7) === 0 && (srcOff & 7) === 0) {
      const s = Math.floor(srcOff / 8);
      const nb = Math.floor(n / 8);
      const di = Math.floor(d / 8);
      if (nb <= 16) for (let i = 0; i < nb; i++) bytes[di + i] = src[s + i]!;
      else bytes.set(nb === src.length && s === 0 ? src : src.subarray(s, s + nb), di);
      const r = n & 7;
      if (r) bytes[di + nb] = src[s + nb]! & (0xff << (8 - r));
    } else {
      let so = srcOff;
      let left = n;
      while (left > 0) {
        const k = Math.min(left, 8);
        const v = read8(src, so) & (0xff << (8 - k)) & 0xff;
        const i = Math.floor(d / 8);
        const sh = d & 7;
        bytes[i]! |= v >> sh;
        if (sh + k > 8) bytes[i + 1]! |= (v << (8 - sh)) & 0xff;
        d += k;
        so += k;
        left -= k;
      }
    }
    this.bitLen += n;
  }

  /** An integer segment: `<<V:Size/Endian-Signedness>>`; sizeBits = Size * Unit. Signedness does not change the bits written. */
  putInteger(v: Term, sizeBits: Term, endian: Endian = 'big', _signed = false): void {
    this.segment++;
    if (typeof v !== 'number' && typeof v !== 'bigint') throw segmentError(this.segment, 'integer', 'type', v);
    const size = this.checkSize(sizeBits, 'integer');
    if (size === 0) return;
    if (typeof v === 'number' && (this.bitLen & 7) === 0 && (size & 7) === 0 && size <= 32) {
      // The common case: whole bytes at a byte boundary.
      this.ensure(size);
      const nb = Math.floor(size / 8);
      const p = this.base + Math.floor(this.bitLen / 8);
      const b = this.bytes;
      if (isLittle(endian)) for (let i = 0; i < nb; i++) b[p + i] = (v >> (8 * i)) & 0xff;
      else for (let i = 0; i < nb; i++) b[p + i] = (v >> (8 * (nb - 1 - i))) & 0xff;
      this.bitLen += size;
      return;
    }
    this.writeBits(integerField(v, size, isLittle(endian)), 0, size);
  }

  /** A float segment: size 16, 32 or 64 bits; integers are converted. */
  putFloat(v: Term, sizeBits: Term, endian: Endian = 'big'): void {
    this.segment++;
    let x: number;
    if (v instanceof ErlFloat) x = v.value;
    else if (typeof v === 'number') x = v;
    else if (typeof v === 'bigint') x = Number(v);
    else throw segmentError(this.segment, 'float', 'type', v);
    const size = this.checkSize(sizeBits, 'float');
    if (size !== 16 && size !== 32 && size !== 64) throw segmentError(this.segment, 'float', 'invalid', sizeBits);
    if (!Number.isFinite(x)) throw segmentError(this.segment, 'float', 'no_float', v);
    const little = isLittle(endian);
    const nb = Math.floor(size / 8);
    if (size === 64) scratch.setFloat64(0, x, little);
    else if (size === 32) scratch.setUint32(0, toFloat32Bits(x), little);
    else scratch.setUint16(0, toHalfBits(x), little);
    this.writeBits(new Uint8Array(scratch.buffer, 0, nb).slice(), 0, size);
  }

  /**
   * A binary/bitstring segment. `sizeBits` 'all' takes the whole value, which
   * must then be a multiple of `unit` bits (8 for /binary, 1 for /bits).
   */
  putBits(v: Term, sizeBits: Term | 'all', unit = 1): void {
    this.segment++;
    if (!(v instanceof BitStr)) throw segmentError(this.segment, 'binary', 'type', v);
    let n: number;
    if (sizeBits === 'all') {
      n = v.bits;
      if (n % unit !== 0) throw segmentError(this.segment, 'binary', 'unit', v);
    } else {
      n = this.checkSize(sizeBits, 'binary');
      if (n > v.bits) throw segmentError(this.segment, 'binary', 'short', v);
    }
    if (this.bitLen === 0 && n === v.bits && (n & 7) === 0 && n > 0) {
      if (this.adopt(v)) return;
      if (v.byteSize >= ACCUMULATOR_MIN_BYTES) {
        // Probably an accumulator: leave room to append to the result in place.
        this.moveTo(newChunk(Math.max(2 * v.byteSize + INITIAL_CAPACITY, this.sizeHintBytes)));
      }
    }
    this.writeBits(v.data, v.start, n);
  }

  /**
   * One to four bytes (a binary comprehension's `<<X>>` or `<<A, B>>`
   * element) at a byte boundary; false, with nothing written, when a value
   * is not an integer or the output is not byte-aligned: the caller then
   * builds the element the general way.
   */
  addBytes(n: number, a: Term, b?: Term, c?: Term, d?: Term): boolean {
    if ((this.bitLen & 7) !== 0 || typeof a !== 'number') return false;
    if (n > 1 && (typeof b !== 'number' || (n > 2 && (typeof c !== 'number' || (n > 3 && typeof d !== 'number'))))) return false;
    this.ensure(8 * n);
    const bytes = this.bytes;
    const p = this.base + (this.bitLen >>> 3);
    bytes[p] = a & 0xff;
    if (n > 1) {
      bytes[p + 1] = (b as number) & 0xff;
      if (n > 2) {
        bytes[p + 2] = (c as number) & 0xff;
        if (n > 3) bytes[p + 3] = (d as number) & 0xff;
      }
    }
    this.bitLen += 8 * n;
    return true;
  }

  // Compiled constructions of integer and binary segments write through
  // these (see `direct` below): each answers false, with nothing written,
  // where the segment's put* could fail, and the code then builds the whole
  // binary again by rt.binBuild, which raises erl's error.

  /** An integer segment of `size` * `unit` bits. */
  int(v: Term, size: Term, unit: number, little: boolean): boolean {
    if ((typeof v !== 'number' && typeof v !== 'bigint') || typeof size !== 'number' || !(size >= 0) || this.bitLen + size * unit > DIRECT_MAX_BITS)
      return false;
    const n = size * unit;
    if (!Number.isInteger(n)) return false;
    this.putInteger(v, n, little ? 'little' : 'big');
    return true;
  }

  /** A binary segment, whole (size undefined) or its first `size` * `unit` bits. */
  bin(v: Term, size: Term | undefined, unit: number): boolean {
    if (!(v instanceof BitStr)) return false;
    if (size === undefined) {
      if (v.bits % unit !== 0 || this.bitLen + v.bits > DIRECT_MAX_BITS) return false;
      this.putBits(v, 'all', unit);
      return true;
    }
    if (typeof size !== 'number' || !(size >= 0)) return false;
    const n = size * unit;
    if (!Number.isInteger(n) || n > v.bits || this.bitLen + n > DIRECT_MAX_BITS) return false;
    this.putBits(v, n, unit);
    return true;
  }

  /** Literal bytes of the construction (`"key="`), a constant binary. */
  lit(v: BitStr): boolean {
    this.writeBits(v.data, v.start, v.bits);
    return true;
  }

  /** Forgets a construction left half done. */
  abort(): void {
    const c = this.chunk;
    if (c !== null && this.slabStart >= 0) release(c, this.slabStart, this.base + Math.ceil(this.bitLen / 8));
    this.empty();
  }

  /** Back to no construction, the builder ready for the next one. */
  private empty(): void {
    this.chunk = null;
    this.slabStart = -1;
    this.bytes = EMPTY;
    this.base = 0;
    this.bitLen = 0;
    this.segment = 0;
  }

  /** Takes over the buffer of `v` when v is the newest binary built in it, so appending does not copy. */
  private adopt(v: BitStr): boolean {
    const c = claimTail(v);
    if (c === null) return false;
    this.chunk = c;
    this.bytes = c.bytes;
    this.base = v.start >>> 3;
    this.bitLen = v.bits;
    return true;
  }

  putUtf8(cp: Term): void {
    this.segment++;
    if (!validCodepoint(cp)) throw segmentError(this.segment, 'utf8', 'type', cp);
    let b: number[];
    if (cp < 0x80) b = [cp];
    else if (cp < 0x800) b = [0xc0 | (cp >> 6), 0x80 | (cp & 0x3f)];
    else if (cp < 0x10000) b = [0xe0 | (cp >> 12), 0x80 | ((cp >> 6) & 0x3f), 0x80 | (cp & 0x3f)];
    else b = [0xf0 | (cp >> 18), 0x80 | ((cp >> 12) & 0x3f), 0x80 | ((cp >> 6) & 0x3f), 0x80 | (cp & 0x3f)];
    this.writeBits(Uint8Array.from(b), 0, b.length * 8);
  }

  putUtf16(cp: Term, endian: Endian = 'big'): void {
    this.segment++;
    if (!validCodepoint(cp)) throw segmentError(this.segment, 'utf16', 'type', cp);
    const units = cp < 0x10000 ? [cp] : [0xd800 | ((cp - 0x10000) >> 10), 0xdc00 | ((cp - 0x10000) & 0x3ff)];
    const little = isLittle(endian);
    const out = new Uint8Array(units.length * 2);
    const dv = new DataView(out.buffer);
    units.forEach((u, i) => dv.setUint16(2 * i, u, little));
    this.writeBits(out, 0, out.length * 8);
  }

  putUtf32(cp: Term, endian: Endian = 'big'): void {
    this.segment++;
    if (!validCodepoint(cp)) throw segmentError(this.segment, 'utf32', 'type', cp);
    const out = new Uint8Array(4);
    new DataView(out.buffer).setUint32(0, cp, isLittle(endian));
    this.writeBits(out, 0, 32);
  }

  /** The built bitstring. The builder is then empty again and may be reused. */
  finish(): BitStr {
    const n = Math.ceil(this.bitLen / 8);
    let result: BitStr;
    const c = this.chunk;
    if (c === null) {
      result = new BitStr(EMPTY, 0);
    } else {
      result = new BitStr(null, this.bitLen, c.bytes, this.base * 8, c);
      c.end = this.base + n;
    }
    this.empty();
    return result;
  }
}

/** Compiled constructions bigger than this (16 MB) take the general path. */
const DIRECT_MAX_BITS = 2 ** 27;

const directBuilder = new BitBuilder();

/**
 * The builder a compiled construction of integer and binary segments writes
 * into (`direct.int(...) && direct.bin(...) ? direct.finish() : fallback`):
 * one shared object, as the segment values are all computed before the
 * first write and nothing in between runs Erlang code.
 */
export function direct(): BitBuilder {
  const b = directBuilder;
  b.abort();
  return b;
}

/**
 * The fast path for constructions of whole binaries and single bytes only
 * (`<<Acc/binary, (list_to_binary(S))/binary, ",">>`): no segment table, no
 * builder object, and the same in-place append as BitBuilder. Bit i of
 * byteMask says segment i is a byte (an 8-bit integer), bit 8+i that it is a
 * string (a list of bytes), else a whole binary. Null when a value does not
 * fit its segment: the generic builder then fails with erl's error.
 *
 * Strings are copied as they are checked, in one walk: the cells of a long
 * list of short strings are scattered over the heap, and reading each one
 * twice (once to measure, once to copy) cost as much as all the rest.
 */
export function binCat(byteMask: number, n: number, a: Term, b?: Term, c?: Term, d?: Term): BitStr | null {
  // `<<X>>`, one byte (a binary comprehension's element): one shared binary per value.
  if (n === 1 && byteMask === 1 && typeof a === 'number') return oneByte(a);
  let known = 0;
  for (let i = 0; i < n; i++) {
    const v = i === 0 ? a : i === 1 ? b : i === 2 ? c : d;
    if (byteMask & (1 << i)) {
      if (typeof v !== 'number') return null;
      known += 1;
    } else if ((byteMask & (256 << i)) === 0) {
      if (!(v instanceof BitStr) || (v.bits & 7) !== 0) return null;
      known += v.bits >>> 3;
    }
  }
  if (known * 8 > MAX_BITS) return null;
  const head = byteMask & 0x101 ? null : (a as BitStr);
  const headLen = head === null ? 0 : head.bits >>> 3;
  let chunk = head !== null && headLen > 0 ? claimTail(head) : null;
  let base: number;
  let at: number;
  let from = 0;
  // What the chunk's end goes back to if we leave it (a failed string, a regrow).
  let restore: number;
  if (chunk !== null) {
    // `a` is the newest binary of its buffer: write after it, growing if needed.
    base = head!.start >>> 3;
    at = base + headLen;
    restore = at;
    from = 1;
  } else if (headLen < ACCUMULATOR_MIN_BYTES && known <= SMALL_BYTES) {
    chunk = takeSlab(known);
    base = at = restore = chunk.end;
    chunk.end = -1;
  } else {
    // Room to append in place later when the first part looks like an accumulator.
    chunk = newChunk(headLen >= ACCUMULATOR_MIN_BYTES ? 2 * known + INITIAL_CAPACITY : Math.max(known, 1));
    base = at = 0;
    restore = -1;
  }
  let bytes = chunk.bytes;
  for (let i = from; i < n; i++) {
    const v = i === 0 ? a : i === 1 ? b : i === 2 ? c : d;
    if (byteMask & (1 << i)) {
      if (at === bytes.length) {
        chunk = regrow(chunk, base, at, known, restore);
        (bytes = chunk.bytes), (at -= base), (base = 0), (restore = -1);
      }
      bytes[at++] = (v as number) & 0xff;
    } else if (byteMask & (256 << i)) {
      let x = v as Term;
      for (; x instanceof Cons; x = x.tail) {
        const h = x.head;
        if (typeof h !== 'number' || (h & 0xff) !== h) break;
        if (at === bytes.length) {
          chunk = regrow(chunk, base, at, known, restore);
          (bytes = chunk.bytes), (at -= base), (base = 0), (restore = -1);
        }
        bytes[at++] = h;
      }
      if (x !== NIL) {
        // Not a string: the bytes written are free space again.
        release(chunk, restore, at);
        return null;
      }
    } else {
      const w = v as BitStr;
      const len = w.bits >>> 3;
      if (at + len > bytes.length) {
        chunk = regrow(chunk, base, at, known + len, restore);
        (bytes = chunk.bytes), (at -= base), (base = 0), (restore = -1);
      }
      let src = w.data;
      let s0 = w.start >>> 3;
      if ((w.start & 7) !== 0) (src = w.buf), (s0 = 0);
      if (len <= 16) for (let k = 0; k < len; k++) bytes[at + k] = src[s0 + k]!;
      else bytes.set(s0 === 0 && len === src.length ? src : src.subarray(s0, s0 + len), at);
      at += len;
    }
  }
  const total = at - base;
  if (total * 8 > MAX_BITS) {
    release(chunk, restore, at);
    return null;
  }
  if (total === 0) {
    release(chunk, restore, at);
    return new BitStr(EMPTY, 0);
  }
  chunk.end = at;
  return new BitStr(null, total * 8, bytes, base * 8, chunk);
}

/**
 * Small results share slabs: a fresh ArrayBuffer per one-byte binary cost
 * more than everything else a binary comprehension does. The slab is a chunk
 * like any other; its end is where the next small binary goes, so the newest
 * one can still be appended to in place.
 */
/**
 * The 256 one-byte binaries, made on first use. Terms are immutable and these
 * have no chunk, so an append to one copies it, as to any binary we did not
 * build for appending.
 */
const ONE_BYTE: (BitStr | undefined)[] = new Array(256).fill(undefined);

function oneByte(x: number): BitStr {
  const v = x & 0xff;
  return (ONE_BYTE[v] ??= new BitStr(Uint8Array.of(v)));
}

const SMALL_BYTES = 64;
const SLAB_BYTES = 4096;
let slab = new Chunk(new Uint8Array(SLAB_BYTES), 0);

function takeSlab(n: number): Chunk {
  if (slab.end < 0 || slab.end + n > slab.bytes.length) slab = new Chunk(new Uint8Array(SLAB_BYTES), 0);
  return slab;
}

/** The most bytes slabCopy places in the shared slab. */
export const SLAB_COPY_MAX = SMALL_BYTES;

/**
 * A binary of the `n` bytes of src from `from` (1..SLAB_COPY_MAX), placed in
 * the shared slab as binCat's small results are: a BIF's short result
 * (list_to_binary of a short string, integer_to_binary) then costs one
 * object, not a typed array and its buffer each, which the young
 * generation's scavenges copy while the binary lives.
 */
export function slabCopy(src: Uint8Array, from: number, n: number): BitStr {
  const chunk = takeSlab(n);
  const bytes = chunk.bytes;
  const at = chunk.end;
  for (let i = 0; i < n; i++) bytes[at + i] = src[from + i]!;
  chunk.end = at + n;
  return new BitStr(null, n * 8, bytes, at * 8, chunk);
}

/** Gives back the bytes from `restore` to `at` of a chunk we stop writing to (zeroed: builders OR bits in). */
function release(chunk: Chunk, restore: number, at: number): void {
  if (restore < 0) return;
  chunk.bytes.fill(0, restore, at);
  chunk.end = restore;
}

/**
 * A bigger chunk holding the `at - base` bytes written so far from `base`,
 * with room for `more` besides and as much again, so that appending stays
 * amortized O(1). The old chunk gets its free space back.
 */
function regrow(old: Chunk, base: number, at: number, more: number, restore: number): Chunk {
  const grown = newChunk(2 * (at - base + more) + INITIAL_CAPACITY);
  grown.bytes.set(old.bytes.subarray(base, at));
  release(old, restore, at);
  return grown;
}
