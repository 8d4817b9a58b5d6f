// Running a translated pattern over a subject the way erl's re does: byte
// offsets in and out (a byte subject is read as Latin-1, one JS character a
// byte; a unicode subject is UTF-8, mapped to and from UTF-16 indices),
// PCRE's notempty options, and erl's global loop (after an empty match,
// retry non-empty at the same place, else step one character on).

import { codePointsToString, charCodesToString } from '../../terms/code_points.js';
import { MatchLimit, limitedRegExp } from './limited_regexp.js';
import { NeedsTime, SLICE_BACKTRACKS, knownAnswer } from './slow_match.js';
import { type ReFlags, type Translated, translate, ReCompileError } from './translate.js';

export interface Pattern {
  /** PCRE source as code points, and the compile flags: enough to rebuild it. */
  cps: number[];
  flags: ReFlags;
  anchored: boolean;
  tr: Translated;
  regexes: Map<string, RegExp>;
}

export interface Subject {
  bytes: Uint8Array;
  str: string;
  unicode: boolean;
  /** UTF-16 index to byte offset (unicode only). */
  u2b: number[] | null;
}

/** Spans of PCRE groups 0..highest set group, as [start, end] JS indices, null when unset. */
export type Match = Array<[number, number] | null>;

const cache = new Map<string, Pattern>();

export function compilePattern(cps: number[], flags: ReFlags, anchored: boolean): Pattern {
  const key = JSON.stringify([flags, anchored]) + codePointsToString(cps);
  let p = cache.get(key);
  if (p === undefined) {
    const tr = translate(cps, { ...flags });
    p = { cps, flags, anchored, tr, regexes: new Map() };
    try {
      new RegExp(p.tr.source, p.tr.flags + 'gd');
    } catch (e) {
      throw new ReCompileError(`erlts cannot translate this pattern (${(e as Error).message})`, cps.length);
    }
    if (cache.size > 500) cache.clear();
    cache.set(key, p);
  }
  return p;
}

function regexOf(p: Pattern, mode: 'g' | 'y', limit: number, notEmptyAt = -1): RegExp {
  const k = mode + notEmptyAt + ':' + limit;
  let r = p.regexes.get(k);
  if (r === undefined) {
    const src = notEmptyAt < 0 ? p.tr.source : `(?:${p.tr.source})(?<!^[\\s\\S]{${notEmptyAt}})`;
    r = limitedRegExp(src, p.tr.flags + mode + 'd', limit);
    if (notEmptyAt < 0) p.regexes.set(k, r);
  }
  return r;
}

export function makeSubject(bytes: Uint8Array, unicode: boolean): Subject | null {
  if (!unicode) {
    let str = '';
    for (let i = 0; i < bytes.length; i += 8192) str += charCodesToString(bytes.subarray(i, i + 8192));
    return { bytes, str, unicode, u2b: null };
  }
  let str: string;
  try {
    str = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
  const u2b: number[] = [];
  let b = 0;
  for (let i = 0; i < str.length; i++) {
    u2b.push(b);
    const c = str.charCodeAt(i);
    if (c < 0x80) b += 1;
    else if (c < 0x800) b += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      u2b.push(b);
      i++;
      b += 4;
    } else b += 3;
  }
  u2b.push(b);
  return { bytes, str, unicode, u2b };
}

export function toByte(s: Subject, i: number): number {
  return s.u2b === null ? i : s.u2b[i]!;
}

/** The JS index of a byte offset, or -1 in the middle of a character. */
export function fromByte(s: Subject, b: number): number {
  if (s.u2b === null) return b;
  let lo = 0;
  let hi = s.u2b.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const v = s.u2b[mid]!;
    if (v === b) {
      // The first of equal entries is the start of a surrogate pair.
      let m = mid;
      while (m > 0 && s.u2b[m - 1] === b) m--;
      return m;
    }
    if (v < b) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

export interface RunMode {
  anchored: boolean;
  notempty: boolean;
  notemptyAtstart: boolean;
  /** match_limit: backtracks before giving up with MatchLimit. */
  limit: number;
}

function step(s: Subject, i: number): number {
  const c = s.str.charCodeAt(i);
  return s.unicode && c >= 0xd800 && c <= 0xdbff ? i + 2 : i + 1;
}

function cpCount(s: Subject, i: number): number {
  if (!s.unicode) return i;
  let n = 0;
  for (let k = 0; k < i; k = step(s, k)) n++;
  return n;
}

type Indices = ArrayLike<[number, number] | undefined>;

function spans(p: Pattern, ind: Indices): Match {
  const out: Match = [];
  for (let n = 0; n <= p.tr.numSubs; n++) {
    const sp = (p.tr.groupIndex[n] ?? []).map((k) => ind[k]).find((x) => x !== undefined);
    out.push(sp === undefined ? null : [sp[0], sp[1]]);
  }
  while (out.length > 1 && out[out.length - 1] === null) out.pop();
  for (const k of p.tr.keepOut) {
    const at = ind[k];
    if (at !== undefined && at[0] > out[0]![0]) out[0] = [at[0], out[0]![1]];
  }
  return out;
}

function exec(p: Pattern, s: Subject, from: number, mode: 'g' | 'y', limit: number, notEmptyAt = -1): Match | null {
  if (from > s.str.length) return null;
  // A match that needs more than a slice of backtracks goes to the worker (slow_match.ts).
  const sliced = limit > SLICE_BACKTRACKS;
  const r = regexOf(p, mode, sliced ? SLICE_BACKTRACKS : limit, notEmptyAt < 0 ? -1 : cpCount(s, notEmptyAt));
  r.lastIndex = from;
  const m = r.exec(s.str);
  let ind: Indices;
  if (m !== null) ind = m.indices!;
  else {
    if (!sliced) throw new MatchLimit();
    const q = { source: r.source, flags: r.flags, limit, from, subject: s.str };
    const known = knownAnswer(q);
    if (known === undefined) throw new NeedsTime(q);
    if (known === null) throw new MatchLimit();
    ind = known;
  }
  if (ind[ind.length - 1] !== undefined) return null; // the probe: no match
  return spans(p, ind);
}

/** One match from `from` (a JS index), as PCRE finds it with these options. */
export function matchAt(p: Pattern, s: Subject, from: number, o: RunMode): Match | null {
  const anchored = o.anchored || p.anchored;
  const mode = anchored ? 'y' : 'g';
  if (!o.notempty && !o.notemptyAtstart) return exec(p, s, from, mode, o.limit);
  // A pattern that only ever matches the empty string (^, \b, "") cannot do better.
  if (p.tr.maxLength === 0 && p.tr.keepOut.length === 0) return anchored ? null : o.notempty ? null : exec(p, s, step(s, from), 'g', o.limit);
  if (anchored) return exec(p, s, from, 'y', o.limit, from);
  let q = from;
  for (;;) {
    if (q > s.str.length) return null;
    const m = exec(p, s, q, 'g', o.limit);
    if (m === null) return null;
    const [a, b] = m[0]!;
    if (a !== b) return m;
    if (!o.notempty && a !== from) return m;
    const again = exec(p, s, a, 'y', o.limit, a);
    if (again !== null) return again;
    if (a >= s.str.length) return null;
    q = step(s, a);
  }
}

/** erl's loop for `global`: every match from `from` on. */
export function matchAll(p: Pattern, s: Subject, from: number, o: RunMode, crlf: boolean): Match[] {
  const out: Match[] = [];
  let x = from;
  while (x <= s.str.length) {
    const m = matchAt(p, s, x, o);
    if (m === null) break;
    const [a, b] = m[0]!;
    out.push(m);
    if (b > a) {
      x = b;
      continue;
    }
    // erl retries from the loop's offset, which is the match's own start unless \K moved it.
    const again = matchAt(p, s, x, { ...o, anchored: true, notemptyAtstart: true });
    if (again !== null) out.push(again);
    const len = again === null ? 0 : again[0]![1] - again[0]![0];
    if (len > 0) x = a + len;
    else x = crlf && s.str.startsWith('\r\n', a) ? a + 2 : a >= s.str.length ? a + 1 : step(s, a);
  }
  return out;
}
