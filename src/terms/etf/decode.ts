// External term format -> Term. Every failure is a badarg ErlException; lengths
// are checked against the bytes that remain before anything is allocated, and
// decoding is iterative, so hostile input can neither crash, hang nor balloon.

import { Atom, BitStr, Cons, ErlFloat, ExportFun, Fun, NIL, Pid, Port, Ref, normInt, type FunCode, type Term } from '../types.js';
import { ErlException, badarg } from '../exception.js';
import { ErlMap } from '../map.js';
import * as T from './tags.js';
import { UnresolvedFunCode, type FunResolver } from './fun.js';

export interface DecodeOptions {
  /** Distribution atom cache: the atom behind ATOM_CACHE_REF index `i` of the current message. */
  atomCache?: (index: number) => Atom | undefined;
  /** Finds local code for a NEW_FUN_EXT; without one (or when it answers null) the fun gets an UnresolvedFunCode. */
  resolveFun?: FunResolver;
  /** binary_to_term's `safe`: refuse to create atoms (and so funs of unknown modules). */
  safe?: boolean;
  /**
   * The buffer is never written again and may live as long as the terms
   * made from it: binaries become views into it instead of copies (as
   * erts's sub-binaries of a received distribution buffer). Distribution
   * sets it for the buffer it read one frame into; binary_to_term does not.
   */
  borrow?: boolean;
}

/** The wire cannot carry atoms longer than this many characters. */
const MAX_ATOM_CHARACTERS = 255;
/** NEW_REFERENCE_EXT's first word has only 18 significant bits. */
const OLD_REF_FIRST_WORD_LIMIT = 1 << 18;
const MAX_REF_WORDS = 5;

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/** Recently decoded ASCII atoms by a hash of their name's bytes: the wire repeats a few atoms (node names, tags) endlessly. */
const ATOM_CACHE_SLOTS = 512;
const cachedNames: (Uint8Array | undefined)[] = new Array(ATOM_CACHE_SLOTS);
const cachedAtoms: (Atom | undefined)[] = new Array(ATOM_CACHE_SLOTS);

function fail(): never {
  throw badarg();
}

const FRAME_TUPLE = 0;
const FRAME_LIST = 1;
const FRAME_MAP = 2;
const FRAME_FUN = 3;

interface FunHeader {
  code: FunCode;
  pid: Pid;
}

/**
 * The containers whose elements are still being decoded: three small
 * integers each in one typed array (kind, elements still to come, where its
 * elements start in `values`), and one stack of the decoded elements they
 * share. A term nested 200k deep costs 12 bytes per level here, outside
 * V8's heap and freed with the decode, not an object and an array per level.
 */
/** One frames array kept between decodes (most terms are small): allocating one per decode cost more than the decode. */
let spareFrames: Int32Array | null = null;

class Open {
  private frames: Int32Array;
  private n = 0;
  /** Fun headers, one per FRAME_FUN among the frames, in the same order. */
  readonly funs: FunHeader[] = [];
  /**
   * Grows, never shrinks during one decode: slots above `top` are stale
   * (cheaper than truncating). A list keeps two slots at its base: its
   * first cell (null before the first element) and its last one, whose tail
   * the next element replaces; lists are built front to back as elements
   * arrive.
   */
  readonly values: (Term | null)[] = [];
  top = 0;

  constructor() {
    // A decode inside a decode (a fun resolver's) simply gets its own.
    this.frames = spareFrames ?? new Int32Array(3 * 64);
    spareFrames = null;
  }

  /** Hands the frames array back for the next decode (not a big one: that memory goes). */
  release(): void {
    if (this.frames.length <= 3 * 1024) spareFrames = this.frames;
  }

  open(kind: number, need: number, fun?: FunHeader): void {
    let f = this.frames;
    const at = 3 * this.n;
    if (at === f.length) {
      const grown = new Int32Array(2 * f.length);
      grown.set(f);
      this.frames = f = grown;
    }
    f[at] = kind;
    f[at + 1] = need;
    f[at + 2] = this.top;
    this.n++;
    if (fun !== undefined) this.funs.push(fun);
    if (kind === FRAME_LIST) {
      this.values[this.top++] = null;
      this.values[this.top++] = null;
    }
  }

  /** The next element, or the tail, of the list open at frame offset `at`. */
  private addToList(at: number, v: Term): Term | null {
    const f = this.frames;
    const left = f[at + 1]! - 1;
    const base = f[at + 2]!;
    const values = this.values;
    const last = values[base + 1] as Cons | null;
    if (left > 0) {
      f[at + 1] = left;
      const cell = new Cons(v, NIL);
      if (last === null) values[base] = cell;
      else (last as { tail: Term }).tail = cell;
      values[base + 1] = cell;
      return null;
    }
    this.n--;
    this.top = base;
    // Zero elements: erts hands back the tail itself.
    if (last === null) return v;
    (last as { tail: Term }).tail = v;
    return values[base] as Term;
  }

  /** Adds `v` to the innermost container; returns the term that completed (which may complete the next), or null. */
  add(v: Term): Term | null {
    const f = this.frames;
    const at = 3 * (this.n - 1);
    const kind = f[at]!;
    if (kind === FRAME_LIST) return this.addToList(at, v);
    const values = this.values;
    const end = this.top;
    values[end] = v;
    this.top = end + 1;
    const base = f[at + 2]!;
    if (end + 1 - base < f[at + 1]!) return null;
    this.n--;
    let t: Term;
    switch (kind) {
      case FRAME_TUPLE:
        t = values.slice(base, end + 1) as Term[];
        break;
      case FRAME_MAP: {
        const pairs: [Term, Term][] = [];
        for (let i = base; i <= end; i += 2) pairs.push([values[i]!, values[i + 1]!]);
        const m = ErlMap.fromEntries(pairs);
        if (m.size !== pairs.length) fail(); // duplicate keys
        t = m as unknown as Term;
        break;
      }
      default: {
        const fh = this.funs.pop()!;
        t = new Fun(fh.code, values.slice(base, end + 1) as Term[], fh.pid);
      }
    }
    this.top = base;
    return t;
  }

  get depth(): number {
    return this.n;
  }
}

class Reader {
  readonly buf: Uint8Array;
  private dataView: DataView | null = null;
  constructor(
    buf: Uint8Array,
    public pos: number,
    readonly opts: DecodeOptions,
  ) {
    // A plain view: a Buffer's subarray costs more, and its slice() would not copy.
    this.buf = buf.constructor === Uint8Array ? buf : new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength);
  }
  /**
   * For floats and 64-bit port numbers only, made when first needed: a
   * DataView costs a call into V8's runtime, and most terms (every
   * distribution control) have none; the integers below are read by hand.
   */
  get view(): DataView {
    return (this.dataView ??= new DataView(this.buf.buffer, this.buf.byteOffset, this.buf.byteLength));
  }
  remaining(): number {
    return this.buf.length - this.pos;
  }
  need(n: number): void {
    if (n < 0 || n > this.buf.length - this.pos) fail();
  }
  u8(): number {
    this.need(1);
    return this.buf[this.pos++]!;
  }
  u16(): number {
    this.need(2);
    const b = this.buf;
    const at = this.pos;
    this.pos = at + 2;
    return (b[at]! << 8) | b[at + 1]!;
  }
  u32(): number {
    return this.i32() >>> 0;
  }
  i32(): number {
    this.need(4);
    const b = this.buf;
    const at = this.pos;
    this.pos = at + 4;
    return (b[at]! << 24) | (b[at + 1]! << 16) | (b[at + 2]! << 8) | b[at + 3]!;
  }
  bytes(n: number): Uint8Array {
    this.need(n);
    const b = this.buf.subarray(this.pos, this.pos + n);
    this.pos += n;
    return b;
  }
  /** n bytes as a binary's own storage: a view when borrowing (made lazily by BitStr), else a copy. */
  binary(n: number, bits: number): BitStr {
    this.need(n);
    const at = this.pos;
    this.pos += n;
    if (this.opts.borrow) return new BitStr(null, bits, this.buf, at * 8);
    return new BitStr(this.buf.slice(at, at + n), bits);
  }

  atomNamed(name: string): Atom {
    let chars = 0;
    for (const _ of name) if (++chars > MAX_ATOM_CHARACTERS) fail();
    if (this.opts.safe) return Atom.exists(name) ?? fail();
    return Atom.of(name);
  }
  /**
   * An atom whose name is n ASCII bytes at pos, from the cache when it
   * holds those bytes (no string made, no lookup); null when a byte is not
   * ASCII. Such a name reads the same in latin-1 and UTF-8.
   */
  asciiAtom(n: number): Atom | null {
    this.need(n);
    const buf = this.buf;
    const at = this.pos;
    let h = n;
    for (let i = at; i < at + n; i++) {
      const c = buf[i]!;
      if (c >= 0x80) return null;
      h = (Math.imul(h, 31) + c) | 0;
    }
    const slot = (h ^ (h >>> 9)) & (ATOM_CACHE_SLOTS - 1);
    const known = cachedNames[slot];
    if (known !== undefined && known.length === n) {
      let same = true;
      for (let i = 0; i < n; i++) {
        if (known[i] !== buf[at + i]) {
          same = false;
          break;
        }
      }
      if (same) {
        this.pos = at + n;
        return cachedAtoms[slot]!;
      }
    }
    let s = '';
    for (let i = at; i < at + n; i++) s += String.fromCharCode(buf[i]!);
    const a = this.atomNamed(s);
    this.pos = at + n;
    cachedNames[slot] = buf.slice(at, at + n);
    cachedAtoms[slot] = a;
    return a;
  }
  latin1Atom(n: number): Atom {
    if (n <= MAX_ATOM_CHARACTERS) {
      const a = this.asciiAtom(n);
      if (a !== null) return a;
    }
    const b = this.bytes(n);
    let s = '';
    for (let i = 0; i < b.length; i++) s += String.fromCharCode(b[i]!);
    return this.atomNamed(s);
  }
  utf8Atom(n: number): Atom {
    if (n <= MAX_ATOM_CHARACTERS) {
      const a = this.asciiAtom(n);
      if (a !== null) return a;
    }
    const b = this.bytes(n);
    let s: string;
    try {
      s = strictUtf8.decode(b);
    } catch {
      fail();
    }
    return this.atomNamed(s);
  }
  /** An atom under any of the atom tags, after `tag` was read. */
  atomTagged(tag: number): Atom {
    switch (tag) {
      case T.ATOM_EXT:
        return this.latin1Atom(this.u16());
      case T.SMALL_ATOM_EXT:
        return this.latin1Atom(this.u8());
      case T.ATOM_UTF8_EXT:
        return this.utf8Atom(this.u16());
      case T.SMALL_ATOM_UTF8_EXT:
        return this.utf8Atom(this.u8());
      case T.ATOM_CACHE_REF: {
        const ix = this.u8();
        const a = this.opts.atomCache?.(ix);
        return a instanceof Atom ? a : fail();
      }
      default:
        fail();
    }
  }
  atom(): Atom {
    return this.atomTagged(this.u8());
  }
  /** A small integer (SMALL_INTEGER_EXT or INTEGER_EXT), as in fun headers and export arities. */
  smallInt(): number {
    const tag = this.u8();
    if (tag === T.SMALL_INTEGER_EXT) return this.u8();
    if (tag === T.INTEGER_EXT) return this.i32();
    fail();
  }
  pidTagged(tag: number): Pid {
    if (tag !== T.NEW_PID_EXT && tag !== T.PID_EXT) fail();
    const node = this.atom();
    const id = this.u32();
    const serial = this.u32();
    const creation = tag === T.NEW_PID_EXT ? this.u32() : this.u8();
    return new Pid(node, id, serial, creation);
  }
  big(n: number): number | bigint {
    const sign = this.u8();
    if (sign > 1) fail();
    const digits = this.bytes(n);
    let hex = '';
    for (let i = n - 1; i >= 0; i--) hex += (digits[i]! < 16 ? '0' : '') + digits[i]!.toString(16);
    if (hex === '') return 0;
    const mag = BigInt('0x' + hex);
    return normInt(sign ? -mag : mag);
  }
  oldFloat(): ErlFloat {
    const b = this.bytes(31);
    let s = '';
    for (let i = 0; i < 31 && b[i] !== 0; i++) s += String.fromCharCode(b[i]!);
    // sscanf("%lf") semantics as erts uses them: optional blanks, a decimal number, nothing after.
    if (!/^\s*[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(s)) fail();
    const v = Number(s.trim());
    return Number.isFinite(v) ? new ErlFloat(v) : fail();
  }
}

const unresolvedCache = new Map<string, UnresolvedFunCode>();
const UNRESOLVED_CACHE_LIMIT = 4096;

function hex(b: Uint8Array): string {
  let s = '';
  for (const x of b) s += (x < 16 ? '0' : '') + x.toString(16);
  return s;
}

function funCode(r: Reader, module: Atom, index: number, uniq: number, arity: number, md5: Uint8Array, oldIndex: number): FunCode {
  const found = r.opts.resolveFun?.(module, index, uniq, arity, md5) ?? null;
  if (found !== null && found.arity === arity) return found;
  // One placeholder per identity, so two decodings of the same fun share their code.
  const key = `${module.name}/${index}/${uniq}/${arity}/${oldIndex}/${hex(md5)}`;
  let c = unresolvedCache.get(key);
  if (c === undefined) {
    c = new UnresolvedFunCode(module, index, uniq, arity, md5.slice(), oldIndex);
    if (unresolvedCache.size >= UNRESOLVED_CACHE_LIMIT) unresolvedCache.clear();
    unresolvedCache.set(key, c);
  }
  return c;
}

/** Tags of values readValue returns at once (never a container left open). */
const LEAF_TAGS = new Uint8Array(256);
for (const t of [
  T.SMALL_INTEGER_EXT,
  T.INTEGER_EXT,
  T.NEW_FLOAT_EXT,
  T.ATOM_EXT,
  T.SMALL_ATOM_EXT,
  T.ATOM_UTF8_EXT,
  T.SMALL_ATOM_UTF8_EXT,
  T.NIL_EXT,
  T.BINARY_EXT,
  T.NEW_PID_EXT,
  T.NEWER_REFERENCE_EXT,
])
  LEAF_TAGS[t] = 1;
const LEAF_TUPLE_MAX = 16;

/**
 * A small tuple whose elements are all leaves (the usual list element, a
 * control message), read straight into its array; null, with nothing
 * consumed, when an element is a container.
 */
function leafTuple(r: Reader, open: Open, n: number): Term[] | null {
  const start = r.pos;
  // Pushed, not preallocated: a tuple stays a packed array, as every other tuple is.
  const t: Term[] = [];
  for (let i = 0; i < n; i++) {
    if (LEAF_TAGS[r.buf[r.pos]!] !== 1) {
      r.pos = start;
      return null;
    }
    t.push(readValue(r, open)!);
  }
  return t;
}

/**
 * Reads one value at r.pos. Returns the term, or null after pushing a frame
 * for a non-empty container whose elements follow.
 */
function readValue(r: Reader, open: Open): Term | null {
  const tag = r.u8();
  switch (tag) {
    case T.SMALL_INTEGER_EXT:
      return r.u8();
    case T.INTEGER_EXT:
      return r.i32();
    case T.SMALL_BIG_EXT:
      return r.big(r.u8());
    case T.LARGE_BIG_EXT: {
      const n = r.u32();
      r.need(n + 1);
      return r.big(n);
    }
    case T.NEW_FLOAT_EXT: {
      r.need(8);
      const v = r.view.getFloat64(r.pos);
      r.pos += 8;
      return Number.isFinite(v) ? new ErlFloat(v) : fail();
    }
    case T.FLOAT_EXT:
      return r.oldFloat();
    case T.ATOM_EXT:
    case T.SMALL_ATOM_EXT:
    case T.ATOM_UTF8_EXT:
    case T.SMALL_ATOM_UTF8_EXT:
    case T.ATOM_CACHE_REF:
      return r.atomTagged(tag);
    case T.SMALL_TUPLE_EXT:
    case T.LARGE_TUPLE_EXT: {
      const n = tag === T.SMALL_TUPLE_EXT ? r.u8() : r.u32();
      if (n === 0) return [];
      r.need(n);
      if (n <= LEAF_TUPLE_MAX) {
        const t = leafTuple(r, open, n);
        if (t !== null) return t;
      }
      open.open(FRAME_TUPLE, n);
      return null;
    }
    case T.NIL_EXT:
      return NIL;
    case T.STRING_EXT: {
      const b = r.bytes(r.u16());
      let l: Term = NIL;
      for (let i = b.length - 1; i >= 0; i--) l = new Cons(b[i]!, l);
      return l;
    }
    case T.LIST_EXT: {
      const n = r.u32();
      r.need(n + 1);
      // Zero elements: erts hands back the tail itself.
      open.open(FRAME_LIST, n + 1);
      return null;
    }
    case T.BINARY_EXT: {
      const n = r.u32();
      return r.binary(n, n * 8);
    }
    case T.BIT_BINARY_EXT: {
      const n = r.u32();
      const tailBits = r.u8();
      if (n === 0 ? tailBits !== 0 : tailBits === 0 || tailBits > 8) fail();
      // The unused low bits of the last byte are cleared, so this one is always a copy.
      const b = r.bytes(n).slice();
      if (n > 0) b[n - 1]! &= (0xff << (8 - tailBits)) & 0xff;
      return new BitStr(b, n === 0 ? 0 : (n - 1) * 8 + tailBits);
    }
    case T.MAP_EXT: {
      const n = r.u32();
      if (n === 0) return ErlMap.EMPTY as unknown as Term;
      r.need(2 * n);
      open.open(FRAME_MAP, 2 * n);
      return null;
    }
    case T.NEW_PID_EXT:
    case T.PID_EXT:
      return r.pidTagged(tag);
    case T.NEWER_REFERENCE_EXT:
    case T.NEW_REFERENCE_EXT: {
      const n = r.u16();
      if (n > MAX_REF_WORDS) fail();
      const node = r.atom();
      const creation = tag === T.NEWER_REFERENCE_EXT ? r.u32() : r.u8();
      const ids: number[] = [];
      for (let i = 0; i < n; i++) ids.push(r.u32());
      if (tag === T.NEW_REFERENCE_EXT && n > 0 && ids[0]! >= OLD_REF_FIRST_WORD_LIMIT) fail();
      return new Ref(node, ids, creation);
    }
    case T.REFERENCE_EXT: {
      const node = r.atom();
      const id = r.u32();
      if (id >= OLD_REF_FIRST_WORD_LIMIT) fail();
      return new Ref(node, [id], r.u8());
    }
    case T.NEW_PORT_EXT:
    case T.PORT_EXT: {
      const node = r.atom();
      const id = r.u32();
      return new Port(node, id, tag === T.NEW_PORT_EXT ? r.u32() : r.u8());
    }
    case T.V4_PORT_EXT: {
      const node = r.atom();
      r.need(8);
      const id = r.view.getBigUint64(r.pos);
      r.pos += 8;
      if (id > BigInt(Number.MAX_SAFE_INTEGER)) fail();
      return new Port(node, Number(id), r.u32());
    }
    case T.EXPORT_EXT: {
      const module = r.atom();
      const name = r.atom();
      const arity = r.smallInt();
      if (arity < 0 || arity > 255) fail();
      return new ExportFun(module, name, arity);
    }
    case T.NEW_FUN_EXT: {
      const start = r.pos;
      const size = r.u32();
      if (size < 4 || size > r.buf.length - start) fail();
      const arity = r.u8();
      const md5 = r.bytes(16);
      const index = r.u32();
      const numFree = r.u32();
      const module = r.atom();
      const oldIndex = r.smallInt();
      const oldUniq = r.smallInt();
      const pid = r.pidTagged(r.u8());
      const code = funCode(r, module, index, oldUniq, arity, md5, oldIndex);
      if (numFree === 0) return new Fun(code, [], pid);
      r.need(numFree);
      open.open(FRAME_FUN, numFree, { code, pid });
      return null;
    }
    default:
      // LOCAL_EXT, COMPRESSED inside a term, unknown tags.
      fail();
  }
}

/** Decodes one term (no version byte) at `offset`. */
export function decodeBodyAt(buf: Uint8Array, offset: number, opts: DecodeOptions): { term: Term; next: number } {
  const r = new Reader(buf, offset, opts);
  const open = new Open();
  try {
    for (;;) {
      let v = readValue(r, open);
      while (v !== null) {
        if (open.depth === 0) return { term: v, next: r.pos };
        v = open.add(v);
      }
    }
  } catch (e) {
    if (e instanceof ErlException) throw e;
    // Anything else (a RangeError from a huge allocation, a bug) must still look like badarg to Erlang code.
    throw badarg();
  } finally {
    open.release();
  }
}
