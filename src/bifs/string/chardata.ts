// Unicode chardata as the modern string functions see it: any nesting of
// code point lists and UTF-8 binaries, read as a sequence of grapheme
// clusters. Results take the type of the input: binary in, binary out;
// anything else gives a flat list of code points.

import { codePointsToString } from '../../terms/code_points.js';
import { BitStr, Cons, NIL, type Term } from '../../terms/types.js';
import { functionClause } from '../errors.js';
import { fromArray } from '../lists/util.js';

/** A grapheme cluster: its code points (one for most characters). */
export type Grapheme = number[];

/** The code points of chardata, or null when it is not chardata. */
export function codepointsOf(t: Term): number[] | null {
  const out: number[] = [];
  const stack: Term[] = [t];
  while (stack.length > 0) {
    let x = stack.pop()!;
    if (x instanceof BitStr) {
      if (!appendUtf8(x, out)) return null;
      continue;
    }
    if (typeof x === 'number') {
      if (!isCodepoint(x)) return null;
      out.push(x);
      continue;
    }
    while (x instanceof Cons) {
      const h = x.head;
      if (typeof h === 'number') {
        if (!isCodepoint(h)) return null;
        out.push(h);
      } else if (h instanceof Cons || h === NIL || h instanceof BitStr) {
        // Finish the head before the rest of this list.
        stack.push(x.tail);
        stack.push(h);
        x = NIL;
        break;
      } else return null;
      x = x.tail;
    }
    if (x instanceof BitStr) stack.push(x);
    else if (x !== NIL) return null;
  }
  return out;
}

function isCodepoint(c: number): boolean {
  return Number.isInteger(c) && c >= 0 && c <= 0x10ffff;
}

function appendUtf8(b: BitStr, out: number[]): boolean {
  if (!b.isBinary) return false;
  let s: string;
  try {
    s = new TextDecoder('utf-8', { fatal: true }).decode(b.buf.subarray(0, b.byteSize));
  } catch {
    return false;
  }
  for (const ch of s) out.push(ch.codePointAt(0)!);
  return true;
}

/** Code points of an argument that must be chardata; fails like unicode_util:cp/1. */
export function cps(t: Term): number[] {
  const r = typeof t === 'number' ? null : codepointsOf(t);
  if (r === null) throw functionClause('unicode_util', 'cp', [t], 293);
  return r;
}

const segmenter = new Intl.Segmenter('en', { granularity: 'grapheme' });

/** Extended grapheme clusters (UAX #29), as Erlang's unicode_util:gc/1 finds them. */
export function graphemes(points: readonly number[]): Grapheme[] {
  if (points.every((c) => c < 0x300 && c !== 13)) return points.map((c) => [c]);
  const text = codePointsToString(points);
  const out: Grapheme[] = [];
  for (const { segment } of segmenter.segment(text)) out.push(Array.from(segment, (c) => c.codePointAt(0)!));
  return out;
}

/** The grapheme as Erlang hands it out: a code point, or a list of them. */
export function graphemeTerm(g: Grapheme): Term {
  return g.length === 1 ? g[0]! : fromArray(g);
}

export function sameGrapheme(a: Grapheme, b: Grapheme): boolean {
  return a.length === b.length && a.every((c, i) => c === b[i]);
}

/** A result of the type of `like`: a UTF-8 binary for a binary, else a flat list. */
export function asType(like: Term, points: readonly number[]): Term {
  if (like instanceof BitStr) return utf8Binary(points);
  return fromArray(points as number[]);
}

export function utf8Binary(points: readonly number[]): BitStr {
  return new BitStr(new Uint8Array(Buffer.from(codePointsToString(points), 'utf8')));
}

export function flat(gs: readonly Grapheme[]): number[] {
  const out: number[] = [];
  for (const g of gs) for (const c of g) out.push(c);
  return out;
}

/**
 * A list of separators as the string functions take them: each element a code
 * point or a list of code points forming one grapheme (like "\r\n").
 */
export function separatorSet(t: Term): Grapheme[] {
  const out: Grapheme[] = [];
  let l = t;
  while (l instanceof Cons) {
    const h = l.head;
    if (typeof h === 'number') out.push([h]);
    else out.push(cps(h));
    l = l.tail;
  }
  return out;
}

export function isSeparator(g: Grapheme, seps: readonly Grapheme[]): boolean {
  return seps.some((s) => sameGrapheme(s, g));
}

/** Grapheme indices where `pattern` starts, matching whole graphemes only. */
export function matchesAt(gs: readonly Grapheme[], pattern: readonly Grapheme[], at: number): boolean {
  if (at + pattern.length > gs.length) return false;
  for (let i = 0; i < pattern.length; i++) if (!sameGrapheme(gs[at + i]!, pattern[i]!)) return false;
  return true;
}
