// The string module: the Unicode functions of OTP 20+ working on chardata and
// grapheme clusters, plus the old list-only functions (string_old.ts).
// Some results are deep chardata on purpose, because erl returns them so and
// the shell prints them so: pad/2..4 and replace/3,4.

import { codePointsToString } from '../../terms/code_points.js';
import { A, Atom, BitStr, Cons, ErlFloat, NIL, type Term, isInteger, list } from '../../terms/types.js';
import type { NativeFn, NativeModule } from '../../vm/native.js';
import { frameError, functionClause } from '../errors.js';
import { fromArray } from '../lists/util.js';
import { oldStringFunctions } from './old.js';
import { type Grapheme, asType, cps, flat, graphemeTerm, graphemes, isSeparator, matchesAt, separatorSet } from './chardata.js';

const clause = (fn: string, line: number, ...args: Term[]) => functionClause('string', fn, args, line);

const LEADING = Atom.of('leading');
const TRAILING = Atom.of('trailing');
const BOTH = Atom.of('both');
const ALL = Atom.of('all');
const NOMATCH = Atom.of('nomatch');
const INFINITY = Atom.of('infinity');

const gsOf = (t: Term) => graphemes(cps(t));

/** Whitespace as string:trim/1 knows it, CR LF being one grapheme. */
const WHITESPACE: Grapheme[] = [[13, 10], [9], [10], [11], [12], [13], [32], [133], [8206], [8207], [8232], [8233]];

function length(_p: unknown, s: Term): Term {
  return gsOf(s).length;
}

// ---- case -----------------------------------------------------------------

/** string:uppercase/1 and friends; neither list nor binary: OTP's last clause, error({badarg, Arg}) at `line`. */
function mapCase(name: string, line: number, f: (s: string) => string) {
  return (_p: unknown, s: Term): Term => {
    if (!(s instanceof Cons) && s !== NIL && !(s instanceof BitStr)) throw frameError([A.badarg, s], 'string', name, 1, undefined, line);
    const text = codePointsToString(cps(s));
    return asType(
      s,
      Array.from(f(text), (c) => c.codePointAt(0)!),
    );
  };
}

function titlecase(_p: unknown, s: Term): Term {
  if (!(s instanceof Cons) && s !== NIL && !(s instanceof BitStr)) throw functionClause('string', 'titlecase', [s], 360);
  const gs = gsOf(s);
  if (gs.length === 0) return asType(s, []);
  const first = Array.from(codePointsToString(gs[0]!).toUpperCase(), (c) => c.codePointAt(0)!);
  return asType(s, [...first, ...flat(gs.slice(1))]);
}

// Full case folding is close to lower-casing after upper-casing (ß -> SS -> ss).
const casefold = (text: string) => text.toUpperCase().toLowerCase();

// ---- trimming and taking -------------------------------------------------------

function trimIn(s: Term, dir: Term, seps: Grapheme[]): Term {
  const gs = gsOf(s);
  let from = 0;
  let to = gs.length;
  if (dir === LEADING || dir === BOTH) while (from < to && isSeparator(gs[from]!, seps)) from++;
  if (dir === TRAILING || dir === BOTH) while (to > from && isSeparator(gs[to - 1]!, seps)) to--;
  return asType(s, flat(gs.slice(from, to)));
}

function trim(_p: unknown, s: Term, dir: Term = BOTH, seps?: Term): Term {
  if (dir !== LEADING && dir !== TRAILING && dir !== BOTH) throw clause('trim', 823, s, dir, seps ?? NIL);
  return trimIn(s, dir, seps === undefined ? WHITESPACE : separatorSet(seps));
}

function take(_p: unknown, s: Term, chars: Term, complement: Term = A.false, dir: Term = LEADING): Term {
  const gs = gsOf(s);
  const set = separatorSet(chars);
  const wanted = (g: Grapheme) => isSeparator(g, set) !== (complement === A.true);
  if (dir === TRAILING) {
    let at = gs.length;
    while (at > 0 && wanted(gs[at - 1]!)) at--;
    return [asType(s, flat(gs.slice(0, at))), asType(s, flat(gs.slice(at)))];
  }
  let at = 0;
  while (at < gs.length && wanted(gs[at]!)) at++;
  return [asType(s, flat(gs.slice(0, at))), asType(s, flat(gs.slice(at)))];
}

// ---- splitting and searching ---------------------------------------------------

/** Grapheme index of the first (or last) match of pattern, or -1. */
function findIndex(gs: Grapheme[], pattern: Grapheme[], fromEnd: boolean, start = 0): number {
  if (fromEnd) {
    for (let i = gs.length - pattern.length; i >= start; i--) if (matchesAt(gs, pattern, i)) return i;
  } else {
    for (let i = start; i + pattern.length <= gs.length; i++) if (matchesAt(gs, pattern, i)) return i;
  }
  return -1;
}

/** The pieces of s around pattern, each of the input's type. */
function splitParts(s: Term, pattern: Term, where: Term): Term[] {
  const gs = gsOf(s);
  const pat = gsOf(pattern);
  const piece = (from: number, to: number) => asType(s, flat(gs.slice(from, to)));
  if (pat.length === 0) return [piece(0, gs.length)];
  if (where === ALL) {
    const parts: Term[] = [];
    let from = 0;
    for (let at = findIndex(gs, pat, false, 0); at >= 0; at = findIndex(gs, pat, false, from)) {
      parts.push(piece(from, at));
      from = at + pat.length;
    }
    parts.push(piece(from, gs.length));
    return parts;
  }
  const at = findIndex(gs, pat, where === TRAILING);
  if (at < 0) return [piece(0, gs.length)];
  return [piece(0, at), piece(at + pat.length, gs.length)];
}

function split(_p: unknown, s: Term, pattern: Term, where: Term = LEADING): Term {
  if (where !== LEADING && where !== TRAILING && where !== ALL) throw clause('split', 312, s, pattern, where);
  return fromArray(splitParts(s, pattern, where));
}

function replace(_p: unknown, s: Term, pattern: Term, replacement: Term, where: Term = LEADING): Term {
  const parts = splitParts(s, pattern, where);
  const out: Term[] = [];
  parts.forEach((part, i) => {
    if (i > 0) out.push(replacement);
    out.push(part);
  });
  return fromArray(out);
}

function lexemes(_p: unknown, s: Term, seps: Term): Term {
  const gs = gsOf(s);
  const set = separatorSet(seps);
  const out: Term[] = [];
  let from = 0;
  for (let i = 0; i <= gs.length; i++) {
    if (i === gs.length || isSeparator(gs[i]!, set)) {
      if (i > from) out.push(asType(s, flat(gs.slice(from, i))));
      from = i + 1;
    }
  }
  return fromArray(out);
}

/** The Nth lexeme (from 1), or an empty string of the input's type when there are fewer. */
function nthLexeme(_p: unknown, s: Term, n: Term, seps: Term): Term {
  if (!isInteger(n) || n <= 0) throw clause('nth_lexeme', 513, s, n, seps);
  const gs = gsOf(s);
  const set = separatorSet(seps);
  let count = 0;
  let from = 0;
  for (let i = 0; i <= gs.length; i++) {
    if (i === gs.length || isSeparator(gs[i]!, set)) {
      if (i > from && ++count === Number(n)) return asType(s, flat(gs.slice(from, i)));
      from = i + 1;
    }
  }
  return asType(s, []);
}

function find(_p: unknown, s: Term, pattern: Term, dir: Term = LEADING): Term {
  const gs = gsOf(s);
  const pat = gsOf(pattern);
  if (pat.length === 0) return asType(s, flat(gs));
  const at = findIndex(gs, pat, dir === TRAILING);
  return at < 0 ? NOMATCH : asType(s, flat(gs.slice(at)));
}

function prefix(_p: unknown, s: Term, pre: Term): Term {
  const points = cps(s);
  const p = cps(pre);
  if (p.length > points.length || p.some((c, i) => points[i] !== c)) return NOMATCH;
  return asType(s, points.slice(p.length));
}

// ---- comparing -----------------------------------------------------------

const NORMS: Record<string, 'NFC' | 'NFD' | 'NFKC' | 'NFKD' | null> = { none: null, nfc: 'NFC', nfd: 'NFD', nfkc: 'NFKC', nfkd: 'NFKD' };

function equal(_p: unknown, a: Term, b: Term, ignoreCase: Term = A.false, norm: Term = Atom.of('none')): Term {
  const form = norm instanceof Atom ? NORMS[norm.name] : undefined;
  if (form === undefined) throw clause('equal', 571, a, b, ignoreCase, norm);
  const prepare = (t: Term) => {
    let text = codePointsToString(cps(t));
    if (form !== null) text = text.normalize(form);
    return ignoreCase === A.true ? casefold(text) : text;
  };
  return prepare(a) === prepare(b) ? A.true : A.false;
}

function isEmpty(_p: unknown, s: Term): Term {
  return cps(s).length === 0 ? A.true : A.false;
}

// ---- walking -----------------------------------------------------------

/** [First | Rest], Rest keeping a binary input's type. */
function nextGrapheme(_p: unknown, s: Term): Term {
  const gs = gsOf(s);
  if (gs.length === 0) return NIL;
  return new Cons(graphemeTerm(gs[0]!), asType(s, flat(gs.slice(1))));
}

function nextCodepoint(_p: unknown, s: Term): Term {
  const points = cps(s);
  if (points.length === 0) return NIL;
  return new Cons(points[0]!, asType(s, points.slice(1)));
}

function reverse(_p: unknown, s: Term): Term {
  return fromArray(gsOf(s).reverse().map(graphemeTerm));
}

function slice(_p: unknown, s: Term, start: Term, len: Term = INFINITY): Term {
  const args = arguments.length > 3 ? [s, start, len] : [s, start];
  const lenOk = len === INFINITY || (isInteger(len) && len >= 0);
  if (!isInteger(start) || start < 0 || !lenOk) throw clause('slice', args.length === 2 ? 184 : 193, ...args);
  const gs = gsOf(s);
  const from = Math.min(Number(start), gs.length);
  const to = len === INFINITY ? gs.length : Math.min(gs.length, from + Number(len));
  return asType(s, flat(gs.slice(from, to)));
}

function pad(_p: unknown, s: Term, len: Term, dir: Term = TRAILING, ch: Term = 32): Term {
  if (!isInteger(len)) throw clause('pad', 235, s, len, dir, ch);
  const size = Math.max(0, Number(len) - gsOf(s).length);
  const dup = (n: number) => fromArray(new Array<Term>(n).fill(ch));
  if (dir === LEADING) return fromArray([dup(size), s]);
  if (dir === TRAILING) return new Cons(s, dup(size));
  if (dir === BOTH) {
    const pre = dup(Math.floor(size / 2));
    return fromArray([pre, s, pre], size % 2 === 1 ? fromArray([ch]) : NIL);
  }
  throw clause('pad', 235, s, len, dir, ch);
}

// ---- numbers ---------------------------------------------------------------

/** {Number, Rest} for the longest number at the start, Rest of the input's type. */
function toNumber(s: Term, re: RegExp, parse: (text: string) => Term | null, failure: string): Term {
  const points = cps(s);
  const text = codePointsToString(points.slice(0, 400).filter((c) => c < 128));
  const m = re.exec(text);
  const value = m === null ? null : parse(m[0]);
  if (m === null || value === null) return [A.error, Atom.of(failure)];
  return [value, asType(s, points.slice(m[0].length))];
}

function toInteger(_p: unknown, s: Term): Term {
  return toNumber(
    s,
    /^[+-]?[0-9]+/,
    (t) => {
      const v = BigInt(t.replace('+', ''));
      return v >= -9007199254740991n && v <= 9007199254740991n ? Number(v) : v;
    },
    'no_integer',
  );
}

function toFloat(_p: unknown, s: Term): Term {
  return toNumber(
    s,
    /^[+-]?[0-9]+\.[0-9]+([eE][+-]?[0-9]+)?/,
    (t) => {
      const v = Number(t);
      return Number.isFinite(v) ? new ErlFloat(v) : null;
    },
    'no_float',
  );
}

export const stringNatives: NativeModule = {
  name: 'string',
  functions: {
    ...oldStringFunctions,
    'length/1': length,
    'uppercase/1': mapCase('uppercase', 338, (t) => t.toUpperCase()),
    'lowercase/1': mapCase('lowercase', 355, (t) => t.toLowerCase()),
    'titlecase/1': titlecase,
    'casefold/1': mapCase('casefold', 387, casefold),
    'trim/1': trim,
    'trim/2': trim,
    'trim/3': trim,
    // OTP's chomp/1 is trim(S, trailing, [[$\r,$\n],$\n]).
    'chomp/1': (p: unknown, s: Term) => trim(p, s, TRAILING, list([list([13, 10]), 10])),
    'take/2': take,
    'take/3': take,
    'take/4': take,
    'split/2': split,
    'split/3': split,
    'replace/3': replace,
    'replace/4': replace,
    'lexemes/2': lexemes,
    'nth_lexeme/3': nthLexeme,
    'find/2': find,
    'find/3': find,
    'prefix/2': prefix,
    'equal/2': equal,
    'equal/3': equal,
    'equal/4': equal,
    'is_empty/1': isEmpty,
    'next_grapheme/1': nextGrapheme,
    'next_codepoint/1': nextCodepoint,
    'reverse/1': reverse,
    'to_graphemes/1': (_p: unknown, s: Term) => fromArray(gsOf(s).map(graphemeTerm)),
    'slice/2': slice,
    'slice/3': slice,
    'pad/2': pad,
    'pad/3': pad,
    'pad/4': pad,
    'to_integer/1': toInteger,
    'to_float/1': toFloat,
  } as unknown as Record<string, NativeFn>,
};

export default stringNatives;
