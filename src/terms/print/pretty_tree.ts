// The first pass of io_lib_pretty: a term becomes a tree in which every node
// knows the length of its one-line form, with the depth cuts already applied
// (print_length in erl). print_pretty.ts lays it out.

import { Atom, BitStr, Cons, NIL, isMap, type Term } from '../types.js';
import { writeAtom, type Encoding } from '../atom_quote.js';
import { charsLength, isPrintableChar, isPrintableLatin1Char, printableChars, writeLatin1String, writeString, type PrintableRange } from './chars.js';
import { binarySegments, mapEntries, writeAtomic } from './write.js';
import type { Rec } from '../trampoline.js';

/** Field names of record `name` with `size` fields, or null when it is no known record. */
export type RecordLookup = (name: string, size: number) => readonly string[] | null;

/** How a sequence ends after its items: nothing, a depth cut, or an improper tail. */
export type SeqEnd = null | 'dots' | Node;

export interface Leaf {
  k: 'leaf';
  s: string;
  len: number;
}
export interface ListNode {
  k: 'list';
  items: Node[];
  end: SeqEnd;
  len: number;
}
export interface TupleNode {
  k: 'tuple';
  tagged: boolean;
  items: Node[];
  end: null | 'dots';
  len: number;
}
export interface MapNode {
  k: 'map';
  items: PairNode[];
  end: null | 'dots';
  len: number;
}
export interface PairNode {
  k: 'pair';
  key: Node;
  value: Node;
  len: number;
}
export interface RecordNode {
  k: 'record';
  name: string;
  nameLen: number;
  items: FieldNode[];
  end: null | 'dots';
  len: number;
}
export interface FieldNode {
  k: 'field';
  name: string;
  nameLen: number;
  value: Node;
  len: number;
}
export interface BinNode {
  k: 'bin';
  segs: string[];
  len: number;
}
export type Node = Leaf | ListNode | TupleNode | MapNode | RecordNode | BinNode;
export type AnyNode = Node | PairNode | FieldNode;

export interface Ctx {
  enc: Encoding;
  strings: boolean;
  records: RecordLookup | null;
  range: PrintableRange;
}

function leaf(s: string, len = charsLength(s)): Leaf {
  return { k: 'leaf', s, len };
}

/** erl's list_length: the separators between items, the cut or tail counted as one more item. */
function seqLength(items: readonly AnyNode[], end: SeqEnd, start: number): number {
  let len = start;
  items.forEach((it, i) => (len += it.len + (i > 0 ? 1 : 0)));
  if (end !== null) len += (end === 'dots' ? 3 : end.len) + (items.length > 0 ? 1 : 0);
  return len;
}

/** The node of a term without inner terms to build, or null. */
function leafOf(t: Term, d: number, ctx: Ctx): Node | null {
  if (t === NIL) return leaf('[]', 2);
  if (t instanceof Atom) return leaf(writeAtom(t, ctx.enc));
  if (t instanceof Cons || Array.isArray(t) || isMap(t)) return null;
  if (t instanceof BitStr) return buildBits(t, d, ctx);
  return leaf(writeAtomic(t, ctx.enc) ?? String(t));
}

// build and the functions it calls are generators run by `trampoline`
// (../trampoline.ts), so deep terms cost heap, not JS stack.
export function* build(t: Term, d: number, ctx: Ctx): Rec<Node> {
  if (t === NIL) return leaf('[]', 2);
  if (t instanceof Atom) return leaf(writeAtom(t, ctx.enc));
  if (t instanceof Cons) return (yield buildList(t, d, ctx)) as Node;
  if (Array.isArray(t)) {
    if (t.length === 0) return leaf('{}', 2);
    const tag = t[0];
    if (tag instanceof Atom && ctx.records) {
      const fields = ctx.records(tag.name, t.length - 1);
      if (fields) return (yield buildRecord(t, fields, d, ctx)) as Node;
    }
    return (yield buildTuple(t, d, ctx)) as Node;
  }
  if (isMap(t)) return (yield buildMap(mapEntries(t), d, ctx)) as Node;
  if (t instanceof BitStr) return buildBits(t, d, ctx);
  return leaf(writeAtomic(t, ctx.enc) ?? String(t));
}

function* buildList(l: Cons, d: number, ctx: Ctx): Rec<Node> {
  if (ctx.strings && d !== 1) {
    // In latin1 mode the check is always the latin1 one, whatever the range.
    const chars = printableChars(l, ctx.enc === 'latin1' ? 'latin1' : ctx.range);
    if (chars) return leaf(ctx.enc === 'latin1' ? writeLatin1String(chars) : writeString(chars));
  }
  const items: Node[] = [];
  let end: SeqEnd = null;
  let rest: Term = l;
  let dd = d;
  for (;;) {
    if (rest === NIL) break;
    if (dd === 1) {
      end = 'dots';
      break;
    }
    if (rest instanceof Cons) {
      items.push(leafOf(rest.head, dd - 1, ctx) ?? ((yield build(rest.head, dd - 1, ctx)) as Node));
      rest = rest.tail;
      dd--;
    } else {
      end = leafOf(rest, dd - 1, ctx) ?? ((yield build(rest, dd - 1, ctx)) as Node);
      break;
    }
  }
  return { k: 'list', items, end, len: seqLength(items, end, 2) };
}

function* buildTuple(t: Term[], d: number, ctx: Ctx): Rec<Node> {
  if (d === 1) return leaf('{...}', 5);
  const items: Node[] = [];
  let end: null | 'dots' = null;
  let dd = d;
  for (const e of t) {
    if (dd === 1) {
      end = 'dots';
      break;
    }
    items.push(leafOf(e, dd - 1, ctx) ?? ((yield build(e, dd - 1, ctx)) as Node));
    dd--;
  }
  const tagged = t[0] instanceof Atom && t.length > 1;
  return { k: 'tuple', tagged, items, end, len: seqLength(items, end, 2) };
}

function* buildMap(entries: [Term, Term][], d: number, ctx: Ctx): Rec<Node> {
  if (entries.length === 0) return leaf('#{}', 3);
  if (d === 1) return leaf('#{...}', 6);
  const items: PairNode[] = [];
  let end: null | 'dots' = null;
  let dd = d;
  for (const [k, v] of entries) {
    if (dd === 1) {
      end = 'dots';
      break;
    }
    // Keys and values all get the map's depth less one; only the count of pairs shrinks.
    const key = leafOf(k, d - 1, ctx) ?? ((yield build(k, d - 1, ctx)) as Node);
    const value = leafOf(v, d - 1, ctx) ?? ((yield build(v, d - 1, ctx)) as Node);
    items.push({ k: 'pair', key, value, len: key.len + 4 + value.len });
    dd--;
  }
  return { k: 'map', items, end, len: seqLength(items, end, 3) };
}

function* buildRecord(t: Term[], fields: readonly string[], d: number, ctx: Ctx): Rec<Node> {
  if (d === 1) return leaf('{...}', 5);
  const name = '#' + writeAtom(t[0] as Atom, ctx.enc);
  const nameLen = charsLength(name);
  const items: FieldNode[] = [];
  let end: null | 'dots' = null;
  let dd = d - 1;
  for (let i = 0; i < fields.length; i++) {
    if (dd === 1) {
      end = 'dots';
      break;
    }
    const fname = writeAtom(fields[i]!, ctx.enc);
    const fnameLen = charsLength(fname) + 3;
    const value = leafOf(t[i + 1]!, dd - 1, ctx) ?? ((yield build(t[i + 1]!, dd - 1, ctx)) as Node);
    items.push({ k: 'field', name: fname, nameLen: fnameLen, value, len: fnameLen + value.len });
    dd--;
  }
  return { k: 'record', name, nameLen, items, end, len: seqLength(items, end, nameLen + 2) };
}

// ---- binaries -------------------------------------------------------------

/** Printable binaries as text: how much of it, and whether it needs /utf8. */
interface BinText {
  chars: number[];
  utf8: boolean;
  cut: boolean;
}

// The number of printable characters a depth buys inside a binary.
const CHARS_PER_DEPTH = 4;

function buildBits(b: BitStr, d: number, ctx: Ctx): Node {
  if (b.bits === 0) return leaf('<<>>', 4);
  if (d === 1) return leaf('<<...>>', 7);
  const text = ctx.strings && b.isBinary ? printableBinary(b, d - 1, ctx) : null;
  if (text) {
    const s = writeString(text.chars);
    const sLen = charsLength(s);
    const tail = (text.utf8 ? '/utf8' : '') + (text.cut ? '...' : '');
    return leaf('<<' + s + tail + '>>', 4 + sLen + tail.length);
  }
  const segs = binarySegments(b, d);
  return { k: 'bin', segs, len: 4 + segs.reduce((n, s) => n + s.length, 0) + segs.length - 1 };
}

function printableBinary(b: BitStr, d: number, ctx: Ctx): BinText | null {
  const size = b.buf.length;
  const len = d >= 0 ? Math.min(CHARS_PER_DEPTH * d, size) : size;
  if (len === 0) return null;
  if (ctx.enc !== 'latin1') {
    const decoded = decodeUtf8Prefix(b.buf, len);
    if (decoded) return printableUtf8(b, decoded, len, d, ctx);
  }
  return printableLatin1Binary(b.buf, len, d);
}

/** Leading printable bytes among the first `n`. */
function printablePrefix(buf: Uint8Array, n: number): number {
  let i = 0;
  while (i < n && isPrintableLatin1Char(buf[i]!)) i++;
  return i;
}

function printableLatin1Binary(buf: Uint8Array, len: number, d: number): BinText | null {
  const bytes = (n: number) => Array.from(buf.subarray(0, n));
  // erl looks at 20 bytes first and then at the rest of the allowed length.
  const n = Math.min(20, len);
  const ok = printablePrefix(buf, n);
  if (ok === n) {
    if (n === buf.length) return { chars: bytes(n), utf8: false, cut: false };
    if (n === len) return { chars: bytes(n), utf8: false, cut: true };
    const okAll = printablePrefix(buf, len);
    if (okAll === len && buf.length === len) return { chars: bytes(len), utf8: false, cut: false };
    if (d > 0 && okAll >= d) return { chars: bytes(okAll), utf8: false, cut: true };
    return null;
  }
  if (d > 0 && ok >= d) return { chars: bytes(ok), utf8: false, cut: true };
  return null;
}

interface Utf8Char {
  c: number;
  end: number;
}

/** Decodes up to `n` characters; null when the bytes on the way are not UTF-8. */
function decodeUtf8Prefix(buf: Uint8Array, n: number): Utf8Char[] | null {
  const out: Utf8Char[] = [];
  let i = 0;
  while (i < buf.length && out.length < n) {
    const b0 = buf[i]!;
    let c: number;
    let need: number;
    if (b0 < 0x80) {
      c = b0;
      need = 0;
    } else if (b0 >= 0xc2 && b0 < 0xe0) {
      c = b0 & 0x1f;
      need = 1;
    } else if (b0 >= 0xe0 && b0 < 0xf0) {
      c = b0 & 0x0f;
      need = 2;
    } else if (b0 >= 0xf0 && b0 < 0xf5) {
      c = b0 & 0x07;
      need = 3;
    } else return null;
    for (let j = 1; j <= need; j++) {
      const bj = buf[i + j];
      if (bj === undefined || (bj & 0xc0) !== 0x80) return null;
      c = (c << 6) | (bj & 0x3f);
    }
    if ((need === 2 && c < 0x800) || (need === 3 && (c < 0x10000 || c > 0x10ffff))) return null;
    if (c >= 0xd800 && c <= 0xdfff) return null;
    i += need + 1;
    out.push({ c, end: i });
  }
  return out;
}

function printableUtf8(b: BitStr, decoded: Utf8Char[], len: number, d: number, ctx: Ctx): BinText | null {
  let k = 0;
  while (k < decoded.length && k < len && isPrintableChar(decoded[k]!.c, ctx.range)) k++;
  const chars = decoded.slice(0, k).map((x) => x.c);
  const usedBytes = k > 0 ? decoded[k - 1]!.end : 0;
  if (usedBytes === b.buf.length) return { chars, utf8: b.buf.length !== chars.length, cut: false };
  const notDone = len - k;
  if (d > 0 && len - notDone >= d) return { chars, utf8: usedBytes !== chars.length, cut: true };
  return null;
}
