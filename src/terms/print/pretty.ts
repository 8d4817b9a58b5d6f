// io_lib_pretty: the ~p / ~P form and the shell's result printing.
//
// Like erl, it works in two passes. First the term becomes an intermediate
// tree where every node knows the length of its one-line form (depth cuts are
// applied here). Then the layout pass writes a node on one line when it fits,
// and otherwise breaks it, each decision looking only at those lengths. The
// fitting rules are erl's to the character, odd corners included, because the
// shell's output is compared byte for byte.

import { Atom, BitStr, Cons, NIL, isMap, type Term } from '../types.js';
import { writeAtom, type Encoding } from '../atom_quote.js';
import { spaces, type PrintableRange } from './chars.js';
import { writeAtomic } from './write.js';
import { trampoline, type Rec } from '../trampoline.js';
import {
  build,
  type AnyNode,
  type BinNode,
  type Ctx,
  type FieldNode,
  type MapNode,
  type Node,
  type PairNode,
  type RecordLookup,
  type RecordNode,
  type SeqEnd,
  type TupleNode,
} from './pretty_tree.js';

export type { RecordLookup };

export interface PrettyOptions {
  /** Column where the term starts, 1-based (default 1). */
  column?: number;
  /** Line length (default 80); 0 writes everything on one line. */
  lineLength?: number;
  /** Depth limit, -1 (the default) for none. */
  depth?: number;
  /** The most characters on one line of a broken term (the shell uses 60), -1 for no limit. */
  lineMaxChars?: number;
  /** latin1 (default) escapes atoms' characters above 255; unicode keeps them. */
  encoding?: Encoding;
  /** Print printable lists as strings (default true; ~lp turns it off). */
  strings?: boolean;
  records?: RecordLookup | null;
  /** io:printable_range(); erl's default is latin1, also under ~tp. */
  printableRange?: PrintableRange;
}

// ---- one-line form ----------------------------------------------------------

// Iterative: the work stack holds nodes still to write and text to emit
// between them (strings), so the nesting depth costs no JS stack.
function write(n: AnyNode): string {
  const out: string[] = [];
  const stack: (AnyNode | string)[] = [n];
  while (stack.length > 0) {
    const x = stack.pop()!;
    if (typeof x === 'string') {
      out.push(x);
      continue;
    }
    switch (x.k) {
      case 'leaf':
        out.push(x.s);
        break;
      case 'bin':
        out.push('<<' + x.segs.join(',') + '>>');
        break;
      case 'list':
        out.push('[');
        pushSeq(x.items, x.end, '|', ']', stack);
        break;
      case 'tuple':
        out.push('{');
        pushSeq(x.items, x.end, ',', '}', stack);
        break;
      case 'map':
        out.push('#{');
        pushSeq(x.items, x.end, ',', '}', stack);
        break;
      case 'pair':
        stack.push(x.value, ' => ', x.key);
        break;
      case 'record':
        out.push(x.name + '{');
        pushSeq(x.items, x.end, ',', '}', stack);
        break;
      case 'field':
        out.push(x.name + ' = ');
        stack.push(x.value);
        break;
    }
  }
  return out.join('');
}

/** Pushes a sequence's items, its end and the closing bracket so that they pop in order. */
function pushSeq(items: readonly AnyNode[], end: SeqEnd, sep: string, close: string, stack: (AnyNode | string)[]): void {
  stack.push(close);
  if (end === 'dots') stack.push(items.length > 0 ? sep + '...' : '...');
  else if (end !== null) stack.push(end, sep);
  for (let i = items.length - 1; i >= 0; i--) {
    stack.push(items[i]!);
    if (i > 0) stack.push(',');
  }
}

// ---- layout -------------------------------------------------------------------
//
// col: current column; ll: line length; m: most characters per line; tind: the
// indentation chosen for tagged tuples and records (-1: none); ind: spaces that
// start a continuation line; ld: characters that must follow on the last line
// (closing brackets); w: characters already on this line of the term.

const isLeaf = (n: AnyNode): boolean => n.k === 'leaf';
const isLeafPair = (p: PairNode): boolean => isLeaf(p.key) && isLeaf(p.value);
const isLeafField = (f: FieldNode): boolean => isLeaf(f.value);

/** erl's last_depth: only the last item carries the closing brackets. */
function lastDepth(more: boolean, ld: number): number {
  return more ? 0 : ld + 1;
}

function fits(len: number, col: number, ll: number, m: number, ld: number, w: number): boolean {
  return len < ll - col - ld && len + w + ld <= m;
}

/** Whether an item can follow on the same line after a comma. */
function fitsAfter(eLen: number, col: number, ll: number, m: number, ld1: number, w: number): boolean {
  return ld1 === 0 ? eLen + 1 < ll - col && w + eLen + 1 <= m : eLen < ll - col - ld1 && w + eLen + ld1 <= m;
}

interface Layout {
  ll: number;
  m: number;
  tind: number;
}

function* pp(n: Node, col: number, L: Layout, ind: number, ld: number, w: number): Rec<string> {
  if (fits(n.len, col, L.ll, L.m, ld, w)) return write(n);
  switch (n.k) {
    case 'list':
      return '[' + ((yield ppSeq(n.items, n.end, col + 1, L, ind + 1, ld, '|', w + 1)) as string) + ']';
    case 'tuple':
      if (n.tagged) return '{' + ((yield ppTagTuple(n, col, L, ind, ld, w + 1)) as string) + '}';
      return '{' + ((yield ppSeq(n.items, n.end, col + 1, L, ind + 1, ld, ',', w + 1)) as string) + '}';
    case 'map':
      return '#{' + ((yield ppMap(n, col + 2, L, ind + 2, ld, w + 1)) as string) + '}';
    case 'record':
      return n.name + '{' + ((yield ppRecord(n, col, L, ind, ld, w + n.nameLen + 1)) as string) + '}';
    case 'bin':
      return ppBinary(n, col + 2, L, ind + 2, ld, w);
    case 'leaf':
      return n.s;
  }
}

function* ppTagTuple(n: TupleNode, col: number, L: Layout, ind: number, ld: number, w: number): Rec<string> {
  const tag = n.items[0]!;
  const tagInd = tag.len + 2;
  const tcol = col + tagInd;
  if (L.tind > 0 && tagInd > L.tind) {
    return write(tag) + ((yield ppTail(n.items, 1, n.end, col + L.tind, tcol, L, ind + L.tind, ld, ',', w + tag.len)) as string);
  }
  return write(tag) + ',' + ((yield ppSeq(n.items.slice(1), n.end, tcol, L, ind + tagInd, ld, ',', w + tag.len + 1)) as string);
}

function* ppSeq(items: Node[], end: SeqEnd, col0: number, L: Layout, ind: number, ld: number, sep: string, w: number): Rec<string> {
  if (items.length === 0) return '...';
  const [es, we] = (yield ppElement(items[0]!, col0, L, ind, lastDepth(items.length > 1, ld), w)) as [string, number];
  return es + ((yield ppTail(items, 1, end, col0, col0 + we, L, ind, ld, sep, w + we)) as string);
}

function* ppTail(items: Node[], from: number, end: SeqEnd, col0: number, col: number, L: Layout, ind: number, ld: number, sep: string, w: number): Rec<string> {
  let out = '';
  for (let i = from; i < items.length; i++) {
    const e = items[i]!;
    const ld1 = lastDepth(i + 1 < items.length, ld);
    const eLen = 1 + e.len;
    if (isLeaf(e) && fitsAfter(eLen, col, L.ll, L.m, ld1, w)) {
      out += ',' + write(e);
      col += eLen;
      w += eLen;
    } else {
      const [es, we] = (yield ppElement(e, col0, L, ind, ld1, 0)) as [string, number];
      out += ',\n' + spaces(ind) + es;
      col = col0 + we;
      w = we;
    }
  }
  if (end === 'dots') return out + sep + '...';
  if (end !== null) {
    if (isLeaf(end) && end.len + 1 < L.ll - col - (ld + 1) && end.len + 1 + w + (ld + 1) <= L.m) {
      return out + sep + write(end);
    }
    return out + sep + '\n' + spaces(ind) + ((yield pp(end, col0, L, ind, ld + 1, 0)) as string);
  }
  return out;
}

function* ppElement(e: Node, col: number, L: Layout, ind: number, ld: number, w: number): Rec<[string, number]> {
  if (isLeaf(e) && fits(e.len, col, L.ll, L.m, ld, w)) return [write(e), e.len];
  return [(yield pp(e, col, L, ind, ld, w)) as string, L.ll]; // forces a new line after it
}

function* ppMap(n: MapNode, col0: number, L: Layout, ind: number, ld: number, w0: number): Rec<string> {
  const items = n.items;
  const [ps, pw] = (yield ppPair(items[0]!, col0, L, ind, lastDepth(items.length > 1, ld), w0)) as [string, number];
  let out = ps;
  let col = col0 + pw;
  let w = pw; // erl restarts the width here, not w0 + pw
  for (let i = 1; i < items.length; i++) {
    const p = items[i]!;
    const ld1 = lastDepth(i + 1 < items.length, ld);
    const eLen = 1 + p.len;
    if (isLeafPair(p) && fitsAfter(eLen, col, L.ll, L.m, ld1, w)) {
      out += ',' + write(p);
      col += eLen;
      w += eLen;
    } else {
      const [s, pw1] = (yield ppPair(p, col0, L, ind, ld1, 0)) as [string, number];
      out += ',\n' + spaces(ind) + s;
      col = col0 + pw1;
      w = pw1;
    }
  }
  return n.end === 'dots' ? out + ',...' : out;
}

function* ppPair(p: PairNode, col0: number, L: Layout, ind0: number, ld: number, w: number): Rec<[string, number]> {
  if (fits(p.len, col0, L.ll, L.m, ld, w)) return [write(p), isLeafPair(p) ? p.len : L.ll];
  const i = L.tind > 0 ? L.tind : 4;
  const ind = ind0 + i;
  const s = ((yield pp(p.key, col0, L, ind0, ld, w)) as string) + ' =>\n' + spaces(ind) + ((yield pp(p.value, col0 + i, L, ind, ld, 0)) as string);
  return [s, L.ll];
}

interface RecIndent {
  col: number;
  ind: number;
  s: string;
  w: number;
}

function recIndent(rind: number, tind: number, col0: number, ind0: number, w0: number): RecIndent {
  const nl = tind > 0 && rind > tind;
  const dcol = nl ? tind : rind;
  const ind = ind0 + dcol;
  return { col: col0 + dcol, ind, s: nl ? '\n' + spaces(ind) : '', w: nl ? 0 : w0 };
}

function* ppRecord(n: RecordNode, col0: number, L: Layout, ind0: number, ld: number, w0: number): Rec<string> {
  const items = n.items;
  if (items.length === 0) return n.end === 'dots' ? '...' : '';
  const r = recIndent(n.nameLen + 1, L.tind, col0, ind0, w0);
  const [fs, fw] = (yield ppField(items[0]!, r.col, L, r.ind, lastDepth(items.length > 1, ld), r.w)) as [string, number];
  let out = r.s + fs;
  let col = r.col + fw;
  let w = r.w + fw;
  for (let i = 1; i < items.length; i++) {
    const f = items[i]!;
    const ld1 = lastDepth(i + 1 < items.length, ld);
    const eLen = 1 + f.len;
    if (isLeafField(f) && fitsAfter(eLen, col, L.ll, L.m, ld1, w)) {
      out += ',' + write(f);
      col += eLen;
      w += eLen;
    } else {
      const [s, fw1] = (yield ppField(f, r.col, L, r.ind, ld1, 0)) as [string, number];
      out += ',\n' + spaces(r.ind) + s;
      col = r.col + fw1;
      w = fw1;
    }
  }
  return n.end === 'dots' ? out + ',...' : out;
}

function* ppField(f: FieldNode, col0: number, L: Layout, ind0: number, ld: number, w0: number): Rec<[string, number]> {
  if (fits(f.len, col0, L.ll, L.m, ld, w0)) return [write(f), isLeafField(f) ? f.len : L.ll];
  const r = recIndent(f.nameLen, L.tind, col0, ind0, w0 + f.nameLen);
  const sep = r.s.startsWith('\n') ? ' =' : ' = ';
  return [f.name + sep + r.s + ((yield pp(f.value, r.col, L, r.ind, ld, r.w)) as string), L.ll];
}

function ppBinary(n: BinNode, col: number, L: Layout, ind: number, ld: number, w: number): string {
  const n0 = Math.max(8, Math.min(L.ll - col, L.m - 4 - w) - ld);
  let room = n0;
  let out = '<<';
  const segs = n.segs;
  for (let i = 0; i < segs.length - 1; i++) {
    const len = segs[i]!.length + 1;
    if (room - len < 0) {
      out += '\n' + spaces(ind) + segs[i] + ',';
      room = n0 - len;
    } else {
      out += segs[i] + ',';
      room -= len;
    }
  }
  const last = segs[segs.length - 1]!;
  out += (last.length > room ? '\n' + spaces(ind) : '') + last;
  return out + '>>';
}

// ---- choosing the indentation of tagged tuples and records ------------------
//
// erl tries indentation -1 (none) and then 4, keeping the first with which no
// continuation line would start beyond half the line length, unless a whole
// line of m characters would still fit there.

class NoGood extends Error {}

function* cind(n: Node, col: number, L: Layout, ld: number, w: number): Rec<void> {
  if (fits(n.len, col, L.ll, L.m, ld, w)) return;
  switch (n.k) {
    case 'list':
      return (yield cindSeq(n.items, n.end, col + 1, L, ld, w + 1)) as void;
    case 'tuple':
      if (n.tagged) return (yield cindTagTuple(n, col, L, ld, w + 1)) as void;
      return (yield cindSeq(n.items, n.end, col + 1, L, ld, w + 1)) as void;
    case 'map':
      return (yield cindMap(n, col + 2, L, ld, w + 2)) as void;
    case 'record':
      return (yield cindRecord(n, col, L, ld, w + n.nameLen + 1)) as void;
    default:
      return;
  }
}

function* cindTagTuple(n: TupleNode, col: number, L: Layout, ld: number, w: number): Rec<void> {
  const tag = n.items[0]!;
  const tagInd = tag.len + 2;
  const tcol = col + tagInd;
  const ind = L.tind;
  if (ind > 0 && tagInd > ind) {
    const col1 = col + ind;
    if (L.m + col1 <= L.ll || col1 <= Math.floor(L.ll / 2)) {
      return (yield cindTail(n.items, 1, n.end, col1, tcol, L, ld, w + tag.len)) as void;
    }
    throw new NoGood();
  }
  if (L.m + tcol < L.ll || tcol < Math.floor(L.ll / 2)) {
    return (yield cindSeq(n.items.slice(1), n.end, tcol, L, ld, w + tag.len + 1)) as void;
  }
  throw new NoGood();
}

function* cindSeq(items: Node[], end: SeqEnd, col0: number, L: Layout, ld: number, w: number): Rec<void> {
  if (items.length === 0) return;
  const we = (yield cindElement(items[0]!, col0, L, lastDepth(items.length > 1, ld), w)) as number;
  (yield cindTail(items, 1, end, col0, col0 + we, L, ld, w + we)) as void;
}

function* cindTail(items: Node[], from: number, end: SeqEnd, col0: number, col: number, L: Layout, ld: number, w: number): Rec<void> {
  for (let i = from; i < items.length; i++) {
    const e = items[i]!;
    const ld1 = lastDepth(i + 1 < items.length, ld);
    const eLen = 1 + e.len;
    if (isLeaf(e) && fitsAfter(eLen, col, L.ll, L.m, ld1, w)) {
      col += eLen;
      w += eLen;
    } else {
      const we = (yield cindElement(e, col0, L, ld1, 0)) as number;
      col = col0 + we;
      w = we;
    }
  }
  if (end === null || end === 'dots') return;
  if (isLeaf(end) && end.len + 1 < L.ll - col - (ld + 1) && end.len + 1 + w + (ld + 1) <= L.m) return;
  (yield cind(end, col, L, ld + 1, 0)) as void;
}

function* cindElement(e: Node, col: number, L: Layout, ld: number, w: number): Rec<number> {
  if (isLeaf(e) && fits(e.len, col, L.ll, L.m, ld, w)) return e.len;
  (yield cind(e, col, L, ld, w)) as void;
  return L.ll;
}

function* cindMap(n: MapNode, col0: number, L: Layout, ld: number, w0: number): Rec<void> {
  const items = n.items;
  const pw = (yield cindPair(items[0]!, col0, L, lastDepth(items.length > 1, ld), w0)) as number;
  let col = col0 + pw;
  let w = w0 + pw;
  for (let i = 1; i < items.length; i++) {
    const p = items[i]!;
    const ld1 = lastDepth(i + 1 < items.length, ld);
    const eLen = 1 + p.len;
    if (isLeafPair(p) && fitsAfter(eLen, col, L.ll, L.m, ld1, w)) {
      col += eLen;
      w += eLen;
    } else {
      const pw1 = (yield cindPair(p, col0, L, ld1, 0)) as number;
      col = col0 + pw1;
      w = pw1;
    }
  }
}

function* cindPair(p: PairNode, col0: number, L: Layout, ld: number, w0: number): Rec<number> {
  if (fits(p.len, col0, L.ll, L.m, ld, w0)) return isLeafPair(p) ? p.len : L.ll;
  (yield cind(p.key, col0, L, ld, w0)) as void;
  (yield cind(p.value, col0 + (L.tind > 0 ? L.tind : 4), L, ld, 0)) as void;
  return L.ll;
}

function cindRec(rind: number, col0: number, L: Layout, w0: number): [number, number] {
  const nl = L.tind > 0 && rind > L.tind;
  const col = col0 + (nl ? L.tind : rind);
  if (L.m + col <= L.ll || col <= Math.floor(L.ll / 2)) return [col, nl ? 0 : w0];
  throw new NoGood();
}

function* cindRecord(n: RecordNode, col0: number, L: Layout, ld: number, w0: number): Rec<void> {
  const items = n.items;
  if (items.length === 0) return;
  const [col1, w1] = cindRec(n.nameLen + 1, col0, L, w0);
  const fw = (yield cindField(items[0]!, col1, L, lastDepth(items.length > 1, ld), w1)) as number;
  let col = col1 + fw;
  let w = w1 + fw;
  for (let i = 1; i < items.length; i++) {
    const f = items[i]!;
    const ld1 = lastDepth(i + 1 < items.length, ld);
    const eLen = 1 + f.len;
    if (isLeafField(f) && fitsAfter(eLen, col, L.ll, L.m, ld1, w)) {
      col += eLen;
      w += eLen;
    } else {
      const fw1 = (yield cindField(f, col1, L, ld1, 0)) as number;
      col = col + fw1; // erl adds to the current column here, unlike everywhere else
      w = fw1;
    }
  }
}

function* cindField(f: FieldNode, col0: number, L: Layout, ld: number, w0: number): Rec<number> {
  if (fits(f.len, col0, L.ll, L.m, ld, w0)) return isLeafField(f) ? f.len : L.ll;
  const [col, w] = cindRec(f.nameLen, col0, L, w0 + f.nameLen);
  (yield cind(f.value, col, L, ld, w)) as void;
  return L.ll;
}

function chooseTupleIndent(n: Node, col: number, ll: number, m: number): number {
  for (const tind of [-1, 4]) {
    try {
      trampoline(cind(n, col, { ll, m, tind }, 0, 0));
      return tind;
    } catch (e) {
      if (!(e instanceof NoGood)) throw e;
    }
  }
  return 1;
}

// ---- entry point ------------------------------------------------------------------

/** io_lib_pretty:print/2: the ~p form. */
export function prettyTerm(t: Term, opts: PrettyOptions = {}): string {
  const depth = opts.depth ?? -1;
  if (depth === 0) return '...';
  const col = Math.max(1, opts.column ?? 1);
  const ll = opts.lineLength ?? 80;
  const enc = opts.encoding ?? 'latin1';
  if (t instanceof Atom) return writeAtom(t, enc);
  const structured = t instanceof Cons || t === NIL || Array.isArray(t) || isMap(t) || t instanceof BitStr;
  if (!structured) return writeAtomic(t, enc) ?? String(t);
  const ctx: Ctx = {
    enc,
    strings: opts.strings ?? true,
    records: opts.records ?? null,
    range: opts.printableRange ?? 'latin1',
  };
  const root = trampoline(build(t, depth, ctx));
  const m0 = opts.lineMaxChars ?? -1;
  const m = m0 < 0 ? root.len : m0;
  if (ll === 0 || (root.len < ll - col && root.len <= m)) return write(root);
  const tind = chooseTupleIndent(root, col, ll, m);
  return trampoline(pp(root, col, { ll, m, tind }, col - 1, 0, 0));
}
