// Term -> external term format, byte-exact with OTP 25's term_to_binary/2
// (and with what its distribution sends when `utf8Atoms` is set). Iterative,
// so deeply nested terms cannot overflow the JS stack.

import { A, Atom, BitStr, Cons, ErlFloat, ExportFun, Fun, NIL, Pid, Port, Ref, isMap, type Term } from '../types.js';
import { badarg } from '../exception.js';
import type { ByteOutput } from './output.js';
import * as T from './tags.js';
import { funMd5, funOldIndex } from './fun.js';
import { mapEntriesForEncoding } from './map_keys.js';

export interface EncodeOptions {
  /** term_to_binary's minor_version: 0 = floats as FLOAT_EXT text, 1 (default) = NEW_FLOAT_EXT, 2 = also UTF-8 atoms always. */
  minorVersion?: 0 | 1 | 2;
  /** term_to_binary's `compressed`: true means level 6 (zlib's default); only used by encodeTerm. */
  compressed?: boolean | number;
  /** Always use SMALL_ATOM_UTF8_EXT/ATOM_UTF8_EXT, as distribution does (DFLAG_UTF8_ATOMS). */
  utf8Atoms?: boolean;
  /** Distribution atom cache: the index of this atom in the current message's reference list, to emit ATOM_CACHE_REF. */
  atomCacheRef?: (a: Atom) => number | undefined;
  /** term_to_binary's `deterministic`: map keys in sorted order at every size. */
  deterministic?: boolean;
  /** Pid written for a Fun whose `pid` is null. */
  funPid?: Pid;
  /**
   * Binaries of at least this many bytes are spliced into the output
   * (ByteOutput.splice) instead of copied: distribution writes them to the
   * socket straight from the term.
   */
  spliceFrom?: number;
  /**
   * What a fun is written as (distribution writes a shell fun as the
   * erl_eval closure real nodes expect); the fun itself when absent.
   */
  funOut?: (f: Fun) => Fun;
}

/** Marks where a NEW_FUN_EXT's Size field must be patched once its free variables are written. */
class SizePatch {
  constructor(
    /** In the buffer. */
    readonly at: number,
    /** In the output, spliced bytes included. */
    readonly from: number,
  ) {}
}

const latin1Cache = new WeakMap<Atom, Uint8Array | null>();
const utf8Cache = new WeakMap<Atom, Uint8Array>();
const utf8 = new TextEncoder();

function atomUtf8(a: Atom): Uint8Array {
  let b = utf8Cache.get(a);
  if (b === undefined) {
    b = utf8.encode(a.name);
    utf8Cache.set(a, b);
  }
  return b;
}

/** The atom's text as Latin-1 bytes, or null when a character is above 255. */
function atomLatin1(a: Atom): Uint8Array | null {
  let b = latin1Cache.get(a);
  if (b === undefined) {
    const cps = Array.from(a.name, (c) => c.codePointAt(0)!);
    b = cps.every((c) => c <= 255) ? Uint8Array.from(cps) : null;
    latin1Cache.set(a, b);
  }
  return b;
}

export function encodeAtom(a: Atom, opts: EncodeOptions, out: ByteOutput): void {
  if (opts.atomCacheRef !== undefined) {
    const ix = opts.atomCacheRef(a);
    if (ix !== undefined) {
      out.u8(T.ATOM_CACHE_REF);
      out.u8(ix);
      return;
    }
  }
  if (!opts.utf8Atoms && (opts.minorVersion ?? 1) < 2) {
    const l1 = atomLatin1(a);
    if (l1 !== null) {
      out.u8(T.ATOM_EXT);
      out.u16(l1.length);
      out.bytes(l1);
      return;
    }
  }
  const b = atomUtf8(a);
  if (b.length < 256) {
    out.u8(T.SMALL_ATOM_UTF8_EXT);
    out.u8(b.length);
  } else {
    out.u8(T.ATOM_UTF8_EXT);
    out.u16(b.length);
  }
  out.bytes(b);
}

export function encodeInteger(v: number | bigint, out: ByteOutput): void {
  if (typeof v === 'number') {
    if (v >= 0 && v <= 255) {
      out.u8(T.SMALL_INTEGER_EXT);
      out.u8(v);
      return;
    }
    if (v >= -2147483648 && v <= 2147483647) {
      out.u8(T.INTEGER_EXT);
      out.i32(v);
      return;
    }
    v = BigInt(v);
  } else if (v >= -2147483648n && v <= 2147483647n) {
    // Only reachable for non-normalised bigints; keep the encoding canonical.
    encodeInteger(Number(v), out);
    return;
  }
  const neg = v < 0n;
  let hex = (neg ? -v : v).toString(16);
  if (hex.length & 1) hex = '0' + hex;
  const n = hex.length >> 1;
  if (n < 256) {
    out.u8(T.SMALL_BIG_EXT);
    out.u8(n);
  } else {
    out.u8(T.LARGE_BIG_EXT);
    out.u32(n);
  }
  out.u8(neg ? 1 : 0);
  const digits = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const p = hex.length - 2 * (i + 1);
    digits[i] = parseInt(hex.substring(p, p + 2), 16);
  }
  out.bytes(digits);
}

/** C's "%.20e", which FLOAT_EXT holds zero-padded to 31 bytes. */
function floatText(v: number): string {
  const s = v.toExponential(20);
  const e = s.indexOf('e');
  const sign = s[e + 1]!;
  let digits = s.substring(e + 2);
  if (digits.length < 2) digits = '0' + digits;
  const mant = Object.is(v, -0) ? '-' + s.substring(0, e) : s.substring(0, e);
  return `${mant}e${sign}${digits}`;
}

function encodeFloat(v: number, opts: EncodeOptions, out: ByteOutput): void {
  if ((opts.minorVersion ?? 1) === 0) {
    out.u8(T.FLOAT_EXT);
    const text = floatText(v);
    const b = new Uint8Array(31);
    for (let i = 0; i < text.length && i < 31; i++) b[i] = text.charCodeAt(i);
    out.bytes(b);
    return;
  }
  out.u8(T.NEW_FLOAT_EXT);
  out.f64(v);
}

function encodePid(p: Pid, opts: EncodeOptions, out: ByteOutput): void {
  out.u8(T.NEW_PID_EXT);
  encodeAtom(p.node, opts, out);
  out.u32(p.id);
  out.u32(p.serial);
  out.u32(p.creation);
}

function encodeRef(r: Ref, opts: EncodeOptions, out: ByteOutput): void {
  out.u8(T.NEWER_REFERENCE_EXT);
  out.u16(r.ids.length);
  encodeAtom(r.node, opts, out);
  out.u32(r.creation);
  for (const id of r.ids) out.u32(id);
}

function encodePort(p: Port, opts: EncodeOptions, out: ByteOutput): void {
  if (p.id > 0xffffffff) {
    out.u8(T.V4_PORT_EXT);
    encodeAtom(p.node, opts, out);
    out.u64(p.id);
  } else {
    out.u8(T.NEW_PORT_EXT);
    encodeAtom(p.node, opts, out);
    out.u32(p.id);
  }
  out.u32(p.creation);
}

function encodeBitStr(b: BitStr, out: ByteOutput, spliceFrom: number): void {
  const n = b.byteSize;
  const bytes = b.buf.length === n ? b.buf : b.buf.subarray(0, n);
  const tail = b.bits & 7;
  if (tail === 0) {
    out.u8(T.BINARY_EXT);
    out.u32(n);
  } else {
    out.u8(T.BIT_BINARY_EXT);
    out.u32(n);
    out.u8(tail);
  }
  if (n >= spliceFrom) out.splice(bytes);
  else out.bytes(bytes);
}

/** Walks a list once: its length, and whether erl would send it as STRING_EXT. */
function scanList(l: Cons): { length: number; isString: boolean } {
  let length = 0;
  let bytesOnly = true;
  let t: Term = l;
  while (t instanceof Cons) {
    const h = t.head;
    if (bytesOnly && !(typeof h === 'number' && h >= 0 && h <= 255)) bytesOnly = false;
    length++;
    t = t.tail;
  }
  return { length, isString: bytesOnly && t === NIL && length <= 0xffff };
}

/** The elements of a tuple (or a fun's free variables) from index `i` on, still to be written. */
class TupleRest {
  constructor(
    readonly items: readonly Term[],
    public i: number,
  ) {}
}

/** The cells of a list from `cell` on, still to be written (then its tail). */
class ListRest {
  constructor(public cell: Term) {}
}

type Work = Term | SizePatch | TupleRest | ListRest;

/**
 * Writes tuple `t` when all its elements are leaves and returns true. Else:
 * with `stack` null, writes nothing and returns false; with a stack, writes
 * the header and the leading leaves and leaves the rest on the stack.
 */
function tupleInline(t: Term[], opts: EncodeOptions, out: ByteOutput, spliceFrom: number, stack: Work[] | null): boolean {
  if (stack === null) {
    for (let i = 0; i < t.length; i++) {
      const v = t[i]!;
      if (typeof v === 'object' && (Array.isArray(v) || v instanceof Cons || v instanceof Fun || isMap(v))) return false;
    }
  }
  if (t.length < 256) {
    out.u8(T.SMALL_TUPLE_EXT);
    out.u8(t.length);
  } else {
    out.u8(T.LARGE_TUPLE_EXT);
    out.u32(t.length);
  }
  for (let i = 0; i < t.length; i++) {
    const v = t[i]!;
    if (encodeLeaf(v, opts, out, spliceFrom)) continue;
    // Without a stack every element was checked to be a leaf: this is no term.
    if (stack === null) throw badarg(1);
    if (i + 1 < t.length) stack.push(new TupleRest(t, i + 1));
    stack.push(v);
    return false;
  }
  return true;
}

/** Writes `t` when it holds no other term; false for containers (and non-terms). */
function encodeLeaf(t: Term, opts: EncodeOptions, out: ByteOutput, spliceFrom: number): boolean {
  if (typeof t === 'number' || typeof t === 'bigint') encodeInteger(t, out);
  else if (t instanceof Atom) encodeAtom(t, opts, out);
  else if (t === NIL) out.u8(T.NIL_EXT);
  else if (t instanceof BitStr) encodeBitStr(t, out, spliceFrom);
  else if (t instanceof ErlFloat) encodeFloat(t.value, opts, out);
  else if (t instanceof Pid) encodePid(t, opts, out);
  else if (t instanceof Ref) encodeRef(t, opts, out);
  else if (t instanceof Port) encodePort(t, opts, out);
  else if (t instanceof ExportFun) {
    out.u8(T.EXPORT_EXT);
    encodeAtom(t.module, opts, out);
    encodeAtom(t.name, opts, out);
    encodeInteger(t.arity, out);
  } else return false;
  return true;
}

/**
 * Appends the encoding of `term` (no version byte) to `out`. Leaves are
 * written as they are met; a container's header is written, and its
 * elements are walked from a TupleRest/ListRest on an explicit stack, which
 * gives way to any nested container and resumes after it.
 */
export function encodeTermBody(term: Term, opts: EncodeOptions, out: ByteOutput): void {
  const spliceFrom = opts.spliceFrom ?? Number.POSITIVE_INFINITY;
  const stack: Work[] = [term];
  while (stack.length > 0) {
    const t = stack.pop()!;
    if (t instanceof TupleRest) {
      const items = t.items;
      for (let i = t.i; i < items.length; i++) {
        const v = items[i]!;
        if (!Array.isArray(v) && encodeLeaf(v, opts, out, spliceFrom)) continue;
        if (i + 1 < items.length) {
          t.i = i + 1;
          stack.push(t);
        }
        if (Array.isArray(v)) tupleInline(v, opts, out, spliceFrom, stack);
        else stack.push(v);
        break;
      }
      continue;
    }
    if (t instanceof ListRest) {
      let c = t.cell;
      let gaveWay = false;
      while (c instanceof Cons) {
        const h = c.head;
        c = c.tail;
        if (Array.isArray(h)) {
          // A tuple of leaves (the usual list element) is written here and now.
          if (tupleInline(h, opts, out, spliceFrom, null)) continue;
        } else if (encodeLeaf(h, opts, out, spliceFrom)) continue;
        t.cell = c;
        stack.push(t);
        if (Array.isArray(h)) tupleInline(h, opts, out, spliceFrom, stack);
        else stack.push(h);
        gaveWay = true;
        break;
      }
      // The tail, after the last element.
      if (!gaveWay) stack.push(c);
      continue;
    }
    if (t instanceof SizePatch) {
      out.patchU32(t.at, out.length + out.spliced - t.from);
      continue;
    }
    if (encodeLeaf(t, opts, out, spliceFrom)) continue;
    if (Array.isArray(t)) {
      if (t.length < 256) {
        out.u8(T.SMALL_TUPLE_EXT);
        out.u8(t.length);
      } else {
        out.u8(T.LARGE_TUPLE_EXT);
        out.u32(t.length);
      }
      if (t.length > 0) stack.push(new TupleRest(t, 0));
    } else if (t instanceof Cons) {
      const { length, isString } = scanList(t);
      if (isString) {
        out.u8(T.STRING_EXT);
        out.u16(length);
        const b = new Uint8Array(length);
        let c: Term = t;
        for (let i = 0; i < length; i++) {
          b[i] = (c as Cons).head as number;
          c = (c as Cons).tail;
        }
        out.bytes(b);
      } else {
        out.u8(T.LIST_EXT);
        out.u32(length);
        stack.push(new ListRest(t));
      }
    } else if (t instanceof Fun) {
      const f = opts.funOut === undefined ? t : opts.funOut(t);
      const code = f.code;
      out.u8(T.NEW_FUN_EXT);
      const sizeAt = out.length;
      out.u32(0);
      out.u8(code.arity);
      out.bytes(funMd5(code));
      out.u32(code.index);
      out.u32(f.env.length);
      encodeAtom(code.module, opts, out);
      encodeInteger(funOldIndex(code), out);
      encodeInteger(code.uniq, out);
      encodePid(f.pid ?? opts.funPid ?? new Pid(A.nonode_nohost, 0, 0, 0), opts, out);
      stack.push(new SizePatch(sizeAt, sizeAt + out.spliced));
      if (f.env.length > 0) stack.push(new TupleRest(f.env, 0));
    } else if (isMap(t)) {
      const entries = mapEntriesForEncoding(t);
      out.u8(T.MAP_EXT);
      out.u32(entries.length);
      for (let i = entries.length - 1; i >= 0; i--) {
        stack.push(entries[i]![1]);
        stack.push(entries[i]![0]);
      }
    } else {
      throw badarg(1);
    }
  }
}
