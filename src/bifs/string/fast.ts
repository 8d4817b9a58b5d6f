// Fast paths in front of lib/erlang/string.erl for the common case: flat,
// proper lists of code points below U+0300. Below U+0300 no code point
// extends a grapheme cluster, so every code point is a cluster of its own
// except CR LF, which is one. Each native answers exactly what string.erl
// answers for such input (the same term, flat lists where OTP gives flat
// lists) and returns DECLINE for anything else: deep lists, binaries,
// improper lists, larger code points, odd arguments, or any input that
// would raise. The call then runs the Erlang function, so errors and stack
// traces stay OTP's (src/vm/native.ts, `fastPath`).
// Checked against real erl by test/bifs/string_fast.test.ts.

import { A, Atom, Cons, NIL, type Term } from '../../terms/types.js';
import { DECLINE, fastPath, type NativeFn } from '../../vm/native.js';

/** Code points below this are grapheme clusters of their own (but CR LF). */
const LIMIT = 0x300;
const CR = 13;
const LF = 10;

const LEADING = Atom.of('leading');
const TRAILING = Atom.of('trailing');
const BOTH = Atom.of('both');
const ALL = Atom.of('all');

/** The code points of a proper flat list of code points below LIMIT, or null. */
function flatCps(l: Term): number[] | null {
  const out: number[] = [];
  while (l instanceof Cons) {
    const c = l.head;
    if (typeof c !== 'number' || !(c >= 0 && c < LIMIT)) return null;
    out.push(c);
    l = l.tail;
  }
  return l === NIL ? out : null;
}

/** cps[from..to) as a new list. */
function listOf(cps: readonly number[], from: number, to: number): Term {
  let l: Term = NIL;
  for (let i = to - 1; i >= from; i--) l = new Cons(cps[i]!, l);
  return l;
}

/** The list's cell at index i (NIL at the end): a suffix shares the input's cells. */
function drop(l: Term, i: number): Term {
  for (; i > 0; i--) l = (l as Cons).tail;
  return l;
}

/**
 * A separator set: single code points, whether the CR LF cluster is in it,
 * and the first code points of all (string.erl's search_cp/1): only at one
 * of those does OTP's walk take a whole cluster, elsewhere it steps a code
 * point at a time (so a CR may be kept while the LF after it goes).
 */
interface Seps {
  /** Flags by code point below LIMIT (larger separators never meet the input's code points). */
  cps: Uint8Array;
  crlf: boolean;
  first: Uint8Array;
  /** The one separator, when the list has exactly one code point and nothing else. */
  single: number | null;
}

function newSeps(): Seps {
  return { cps: new Uint8Array(LIMIT), crlf: false, first: new Uint8Array(LIMIT), single: null };
}

/** The last separator list read: programs pass the same literal again and again. */
let lastSepTerm: Term | null = null;
let lastSeps: Seps | null = null;

/** A proper, non-empty list of code points and CR LF clusters; null for anything else. */
function sepSet(l: Term): Seps | null {
  if (l === lastSepTerm) return lastSeps;
  const s = readSeps(l);
  lastSepTerm = l;
  lastSeps = s;
  return s;
}

function readSeps(l: Term): Seps | null {
  if (!(l instanceof Cons)) return null;
  const s = newSeps();
  let count = 0;
  let last = -1;
  while (l instanceof Cons) {
    const c = l.head;
    if (typeof c === 'number') {
      if (c < 0) return null;
      last = c;
      if (c < LIMIT) {
        s.cps[c] = 1;
        s.first[c] = 1;
      }
    } else if (c instanceof Cons && c.head === CR && c.tail instanceof Cons && c.tail.head === LF && c.tail.tail === NIL) {
      s.crlf = true;
      s.first[CR] = 1;
    } else return null;
    count++;
    l = l.tail;
  }
  if (l !== NIL) return null;
  if (count === 1 && !s.crlf) s.single = last;
  return s;
}

/** Length of the cluster starting at i: 2 for CR LF, else 1. */
const clusterAt = (cps: readonly number[], i: number): number => (cps[i] === CR && cps[i + 1] === LF ? 2 : 1);

const isSep = (cps: readonly number[], i: number, len: number, seps: Seps): boolean => (len === 2 ? seps.crlf : seps.cps[cps[i]!] === 1);

/**
 * One step of OTP's left-to-right walk at i: a whole cluster at a
 * separator's first code point, else one code point. Returns the step's
 * length, negative when the step is a separator.
 */
function step(cps: readonly number[], i: number, seps: Seps): number {
  if (seps.first[cps[i]!] !== 1) return 1;
  const len = clusterAt(cps, i);
  return isSep(cps, i, len, seps) ? -len : len;
}

// unicode_util:whitespace().
const WHITESPACE: Seps = (() => {
  const s = newSeps();
  for (const c of [9, 10, 11, 12, 13, 32, 133]) {
    s.cps[c] = 1;
    s.first[c] = 1;
  }
  s.crlf = true;
  return s;
})();

function trimWith(str: Term, dir: Term, seps: Seps): Term {
  if (dir !== LEADING && dir !== TRAILING && dir !== BOTH) return DECLINE;
  const cps = flatCps(str);
  if (cps === null) return DECLINE;
  const n = cps.length;
  let start = 0;
  // Leading (trim_l, trim_ls): whole clusters from the front.
  if (dir !== TRAILING) {
    while (start < n) {
      const len = clusterAt(cps, start);
      if (!isSep(cps, start, len, seps)) break;
      start += len;
    }
  }
  let end = n;
  if (dir !== LEADING) {
    if (seps.single !== null && seps.single < 256) {
      // trim_ts: one separator below 256 goes code point by code point
      // while the code points stay below 256 and it is not CR.
      if (seps.single === CR) return DECLINE;
      for (let i = start; i < n; i++) if (cps[i]! >= 256) return DECLINE;
      while (end > start && cps[end - 1] === seps.single) end--;
    } else {
      // trim_t: the end of the last step that is not a separator.
      end = start;
      for (let i = start; i < n; ) {
        const len = step(cps, i, seps);
        if (len > 0) {
          i += len;
          end = i;
        } else i -= len;
      }
    }
  }
  return end === n ? drop(str, start) : listOf(cps, start, end);
}

function trim1(_p: unknown, str: Term): Term {
  return trimWith(str, BOTH, WHITESPACE);
}

function trim2(_p: unknown, str: Term, dir: Term): Term {
  return trimWith(str, dir, WHITESPACE);
}

function trim3(_p: unknown, str: Term, dir: Term, sep: Term): Term {
  const seps = sepSet(sep);
  return seps === null ? DECLINE : trimWith(str, dir, seps);
}

/** lexemes_m and lexeme_pick: separators skipped, each lexeme ends at the next separator step. */
function lexemes(_p: unknown, str: Term, sep: Term): Term {
  const seps = sepSet(sep);
  if (seps === null) return DECLINE;
  const cps = flatCps(str);
  if (cps === null) return DECLINE;
  const out: Term[] = [];
  const n = cps.length;
  let i = 0;
  while (i < n) {
    const first = step(cps, i, seps);
    if (first < 0) {
      i -= first;
      continue;
    }
    const from = i;
    i += first;
    let to = n;
    while (i < n) {
      const len = step(cps, i, seps);
      if (len < 0) {
        to = i;
        i -= len;
        break;
      }
      i += len;
    }
    out.push(listOf(cps, from, to));
  }
  let l: Term = NIL;
  for (let k = out.length - 1; k >= 0; k--) l = new Cons(out[k]!, l);
  return l;
}

/** A flat list of code points with no CR (no cluster of two), or null. */
function noCrCps(l: Term): number[] | null {
  const cps = flatCps(l);
  return cps === null || cps.includes(CR) ? null : cps;
}

/** Where pat occurs in cps at i. */
function matchesAt(cps: readonly number[], pat: readonly number[], i: number): boolean {
  for (let k = 0; k < pat.length; k++) if (cps[i + k] !== pat[k]) return false;
  return true;
}

/** string:split/3's pieces for flat input, or null to decline. */
function splitPieces(str: Term, pattern: Term, where: Term): Term[] | null {
  if (where !== LEADING && where !== TRAILING && where !== ALL) return null;
  const pat = noCrCps(pattern);
  if (pat === null || pat.length === 0) return null;
  const cps = noCrCps(str);
  if (cps === null) return null;
  const n = cps.length;
  const m = pat.length;
  if (where === TRAILING) {
    for (let i = n - m; i >= 0; i--) {
      if (matchesAt(cps, pat, i)) return [listOf(cps, 0, i), listOf(cps, i + m, n)];
    }
    return [str];
  }
  const pieces: Term[] = [];
  let from = 0;
  for (let i = 0; i + m <= n; ) {
    if (matchesAt(cps, pat, i)) {
      pieces.push(listOf(cps, from, i));
      i += m;
      from = i;
      if (where === LEADING) break;
    } else i++;
  }
  if (pieces.length === 0) return [str];
  pieces.push(from === 0 ? str : listOf(cps, from, n));
  return pieces;
}

function toList(items: readonly Term[]): Term {
  let l: Term = NIL;
  for (let k = items.length - 1; k >= 0; k--) l = new Cons(items[k]!, l);
  return l;
}

function split2(_p: unknown, str: Term, pattern: Term): Term {
  const pieces = splitPieces(str, pattern, LEADING);
  return pieces === null ? DECLINE : toList(pieces);
}

function split3(_p: unknown, str: Term, pattern: Term, where: Term): Term {
  const pieces = splitPieces(str, pattern, where);
  return pieces === null ? DECLINE : toList(pieces);
}

/** lists:join(Replacement, Pieces), as replace/3,4 return it. */
function joined(pieces: readonly Term[], rep: Term): Term {
  let l: Term = new Cons(pieces[pieces.length - 1]!, NIL);
  for (let k = pieces.length - 2; k >= 0; k--) l = new Cons(pieces[k]!, new Cons(rep, l));
  return l;
}

function replace3(_p: unknown, str: Term, pattern: Term, rep: Term): Term {
  const pieces = splitPieces(str, pattern, LEADING);
  return pieces === null ? DECLINE : joined(pieces, rep);
}

function replace4(_p: unknown, str: Term, pattern: Term, rep: Term, where: Term): Term {
  const pieces = splitPieces(str, pattern, where);
  return pieces === null ? DECLINE : joined(pieces, rep);
}

/** Grapheme clusters of chardata made of nested proper lists of code points below LIMIT. */
function length1(_p: unknown, cd: Term): Term {
  let n = 0;
  let prevCr = false;
  const stack: Term[] = [];
  let l: Term = cd;
  for (;;) {
    if (l instanceof Cons) {
      const c = l.head;
      l = l.tail;
      if (typeof c === 'number') {
        if (!(c >= 0 && c < LIMIT)) return DECLINE;
        if (!(prevCr && c === LF)) n++;
        prevCr = c === CR;
      } else if (c instanceof Cons || c === NIL) {
        stack.push(l);
        l = c;
      } else return DECLINE;
    } else if (l === NIL) {
      if (stack.length === 0) return n;
      l = stack.pop()!;
    } else return DECLINE;
  }
}

const isDigit = (c: number | undefined): boolean => c !== undefined && c >= 0x30 && c <= 0x39;

function toInteger(_p: unknown, str: Term): Term {
  const cps = flatCps(str);
  if (cps === null) return DECLINE;
  let i = 0;
  if (cps[0] === 0x2b || cps[0] === 0x2d) i = 1;
  const from = i;
  while (isDigit(cps[i])) i++;
  if (i === from) return [A.error, Atom.of('no_integer')];
  let v: number | bigint;
  if (i - from <= 15) {
    v = 0;
    for (let k = from; k < i; k++) v = v * 10 + (cps[k]! - 0x30);
    if (cps[0] === 0x2d) v = -v || 0;
  } else {
    const big = BigInt(String.fromCharCode(...cps.slice(from, i))) * (cps[0] === 0x2d ? -1n : 1n);
    v = big >= -9007199254740991n && big <= 9007199254740991n ? Number(big) : big;
  }
  return [v, drop(str, i)];
}

/** ASCII letters mapped by `shift` (+-32) between `lo` and `lo + 25`; DECLINE beyond ASCII. */
function asciiCase(str: Term, lo: number, shift: number): Term {
  const cps: number[] = [];
  let changed = false;
  let l = str;
  while (l instanceof Cons) {
    const c = l.head;
    if (typeof c !== 'number' || !(c >= 0 && c < 128)) return DECLINE;
    if (c >= lo && c <= lo + 25) {
      cps.push(c + shift);
      changed = true;
    } else cps.push(c);
    l = l.tail;
  }
  if (l !== NIL) return DECLINE;
  return changed ? listOf(cps, 0, cps.length) : str;
}

function uppercase(_p: unknown, str: Term): Term {
  return asciiCase(str, 0x61, -32);
}

function lowercase(_p: unknown, str: Term): Term {
  return asciiCase(str, 0x41, 32);
}

export const stringFastPaths: Record<string, NativeFn> = {
  'trim/1': fastPath(trim1 as NativeFn),
  'trim/2': fastPath(trim2 as NativeFn),
  'trim/3': fastPath(trim3 as NativeFn),
  'lexemes/2': fastPath(lexemes as NativeFn),
  'split/2': fastPath(split2 as NativeFn),
  'split/3': fastPath(split3 as NativeFn),
  'replace/3': fastPath(replace3 as NativeFn),
  'replace/4': fastPath(replace4 as NativeFn),
  'length/1': fastPath(length1 as NativeFn),
  'to_integer/1': fastPath(toInteger as NativeFn),
  'uppercase/1': fastPath(uppercase as NativeFn),
  'lowercase/1': fastPath(lowercase as NativeFn),
};
