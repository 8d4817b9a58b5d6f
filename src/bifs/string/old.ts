// The string functions from before Unicode (OTP < 20): flat lists of
// characters, 1-based positions, no grapheme clusters. Still widely used.

import { Atom, NIL, type Term, isInteger, isList } from '../../terms/types.js';
import type { NativeFn } from '../../vm/native.js';
import { functionClause } from '../errors.js';
import { fromArray, spine } from '../lists/util.js';
import { plusplus } from '../lists/arith.js';

const clause = (fn: string, line: number, ...args: Term[]) => functionClause('string', fn, args, line);

/** The characters of a flat string argument. */
function chars(fn: string, line: number, s: Term, ...rest: Term[]): Term[] {
  const sp = spine(s);
  if (sp.tail !== NIL) throw clause(fn, line, s, ...rest);
  return sp.items;
}

const same = (a: Term, b: Term) => a === b;

function indexOfSub(hay: Term[], needle: Term[], last: boolean): number {
  if (needle.length === 0) return last ? hay.length + 1 : 1;
  let found = 0;
  for (let i = 0; i + needle.length <= hay.length; i++) {
    if (needle.every((c, j) => same(hay[i + j]!, c))) {
      found = i + 1;
      if (!last) return found;
    }
  }
  return found;
}

const str = (_p: unknown, s: Term, sub: Term) => indexOfSub(chars('str', 0, s, sub), chars('str', 0, sub, s), false);
const rstr = (_p: unknown, s: Term, sub: Term) => indexOfSub(chars('rstr', 0, s, sub), chars('rstr', 0, sub, s), true);
const chr = (_p: unknown, s: Term, c: Term) => chars('chr', 0, s, c).indexOf(c) + 1;
const rchr = (_p: unknown, s: Term, c: Term) => chars('rchr', 0, s, c).lastIndexOf(c) + 1;

function substr(_p: unknown, s: Term, start: Term, len?: Term): Term {
  const cs = chars('substr', 0, s, start);
  if (!isInteger(start) || start < 1 || start > cs.length + 1) throw clause('substr', 0, s, start, ...(len === undefined ? [] : [len]));
  const from = Number(start) - 1;
  if (len === undefined) return fromArray(cs.slice(from));
  if (!isInteger(len) || len < 0) throw clause('substr', 0, s, start, len);
  return fromArray(cs.slice(from, from + Number(len)));
}

function subString(_p: unknown, s: Term, start: Term, stop?: Term): Term {
  const cs = chars('sub_string', 0, s, start);
  const from = Number(start) - 1;
  if (stop === undefined) return fromArray(cs.slice(from));
  return fromArray(cs.slice(from, Number(stop)));
}

function fill(n: number, c: Term): Term[] {
  return new Array<Term>(Math.max(0, n)).fill(c);
}

function left(_p: unknown, s: Term, n: Term, c: Term = 32): Term {
  const cs = chars('left', 0, s, n);
  const w = Number(n);
  return cs.length >= w ? fromArray(cs.slice(0, w)) : fromArray([...cs, ...fill(w - cs.length, c)]);
}

function right(_p: unknown, s: Term, n: Term, c: Term = 32): Term {
  const cs = chars('right', 0, s, n);
  const w = Number(n);
  return cs.length >= w ? fromArray(cs.slice(cs.length - w)) : fromArray([...fill(w - cs.length, c), ...cs]);
}

function centre(_p: unknown, s: Term, n: Term, c: Term = 32): Term {
  const cs = chars('centre', 0, s, n);
  const w = Number(n);
  if (cs.length >= w) {
    const from = Math.floor((cs.length - w) / 2);
    return fromArray(cs.slice(from, from + w));
  }
  const before = Math.floor((w - cs.length) / 2);
  return fromArray([...fill(before, c), ...cs, ...fill(w - cs.length - before, c)]);
}

function copies(_p: unknown, s: Term, n: Term): Term {
  if (!isInteger(n) || n < 0) throw clause('copies', 1996, s, n);
  const cs = chars('copies', 1996, s, n);
  const out: Term[] = [];
  for (let i = 0; i < Number(n); i++) for (const c of cs) out.push(c);
  return fromArray(out);
}

function charsOf(_p: unknown, c: Term, n: Term, tail: Term = NIL): Term {
  if (!isInteger(n) || n < 0) throw clause('chars', 0, c, n, tail);
  return fromArray(fill(Number(n), c), tail);
}

/** Words of a string split on one separator character, empty ones dropped. */
function wordsOf(cs: Term[], sep: Term): Term[][] {
  const out: Term[][] = [];
  let cur: Term[] = [];
  for (const c of cs) {
    if (c === sep) {
      if (cur.length > 0) out.push(cur);
      cur = [];
    } else cur.push(c);
  }
  if (cur.length > 0) out.push(cur);
  return out;
}

const words = (_p: unknown, s: Term, sep: Term = 32) => wordsOf(chars('words', 0, s, sep), sep).length;

function subWord(_p: unknown, s: Term, n: Term, sep: Term = 32): Term {
  const ws = wordsOf(chars('sub_word', 0, s, n), sep);
  const i = Number(n);
  return i >= 1 && i <= ws.length ? fromArray(ws[i - 1]!) : NIL;
}

const atomBoth = Atom.of('both');

function strip(_p: unknown, s: Term, dir: Term = atomBoth, c: Term = 32): Term {
  const cs = chars('strip', 0, s, dir, c);
  let from = 0;
  let to = cs.length;
  const name = (dir as { name?: string }).name;
  if (name === 'left' || name === 'both') while (from < to && cs[from] === c) from++;
  if (name === 'right' || name === 'both') while (to > from && cs[to - 1] === c) to--;
  return fromArray(cs.slice(from, to));
}

function tokens(_p: unknown, s: Term, seps: Term): Term {
  const sepList = chars('tokens', 0, seps, s);
  const out: Term[] = [];
  let cur: Term[] = [];
  for (const c of chars('tokens', 0, s, seps)) {
    if (sepList.includes(c)) {
      if (cur.length > 0) out.push(fromArray(cur));
      cur = [];
    } else cur.push(c);
  }
  if (cur.length > 0) out.push(fromArray(cur));
  return fromArray(out);
}

function join(_p: unknown, l: Term, sep: Term): Term {
  const parts = chars('join', 0, l, sep);
  let acc: Term = parts.length === 0 ? NIL : parts[parts.length - 1]!;
  for (let i = parts.length - 2; i >= 0; i--) acc = plusplus(parts[i]!, plusplus(sep, acc));
  return acc;
}

function spanOf(s: Term, set: Term, inSet: boolean): number {
  const cs = chars('span', 0, s, set);
  const members = chars('span', 0, set, s);
  let n = 0;
  while (n < cs.length && members.includes(cs[n]!) === inSet) n++;
  return n;
}

// Latin-1 only, as before Unicode: ß, ÿ, × and ÷ stay as they are.
function upperChar(c: Term): Term {
  if (typeof c !== 'number') return c;
  if ((c >= 97 && c <= 122) || (c >= 224 && c <= 254 && c !== 247)) return c - 32;
  return c;
}
function lowerChar(c: Term): Term {
  if (typeof c !== 'number') return c;
  if ((c >= 65 && c <= 90) || (c >= 192 && c <= 222 && c !== 215)) return c + 32;
  return c;
}

function caseVia(fn: string, line: number, f: (c: Term) => Term) {
  return (_p: unknown, s: Term): Term => {
    if (isInteger(s)) return f(s);
    if (!isList(s)) throw clause(fn, line, s);
    return fromArray(chars(fn, line, s).map(f));
  };
}

export const oldStringFunctions: Record<string, NativeFn> = {
  'len/1': ((_p: unknown, s: Term) => chars('len', 0, s).length) as NativeFn,
  'concat/2': ((_p: unknown, a: Term, b: Term) => plusplus(a, b)) as NativeFn,
  'str/2': str as NativeFn,
  'rstr/2': rstr as NativeFn,
  'chr/2': chr as NativeFn,
  'rchr/2': rchr as NativeFn,
  'substr/2': substr as NativeFn,
  'substr/3': substr as NativeFn,
  'sub_string/2': subString as NativeFn,
  'sub_string/3': subString as NativeFn,
  'left/2': left as NativeFn,
  'left/3': left as NativeFn,
  'right/2': right as NativeFn,
  'right/3': right as NativeFn,
  'centre/2': centre as NativeFn,
  'centre/3': centre as NativeFn,
  'copies/2': copies as NativeFn,
  'chars/2': charsOf as NativeFn,
  'chars/3': charsOf as NativeFn,
  'words/1': words as NativeFn,
  'words/2': words as NativeFn,
  'sub_word/2': subWord as NativeFn,
  'sub_word/3': subWord as NativeFn,
  'strip/1': strip as NativeFn,
  'strip/2': strip as NativeFn,
  'strip/3': strip as NativeFn,
  'tokens/2': tokens as NativeFn,
  'join/2': join as NativeFn,
  'span/2': ((_p: unknown, s: Term, set: Term) => spanOf(s, set, true)) as NativeFn,
  'cspan/2': ((_p: unknown, s: Term, set: Term) => spanOf(s, set, false)) as NativeFn,
  'to_upper/1': caseVia('to_upper', 2211, upperChar) as NativeFn,
  'to_lower/1': caseVia('to_lower', 2219, lowerChar) as NativeFn,
};
