// The Unicode tables behind lib/erlang/unicode_util.erl, which does the
// stepping through chardata in Erlang (its failures are OTP's frames):
//   case_map(CP, upper|lower|title|fold)  one code point's mapping: a code
//                                         point, or a list for several
//   normal_gc(GC, nfd|nfc|nfkd|nfkc)      a grapheme cluster in a normal form
//   gc_joins(RevCluster, CP)              whether CP continues the cluster
// The tables are the JavaScript engine's (String.prototype.normalize, the
// case methods, Intl.Segmenter's UAX #29 grapheme clusters).

import { codePointsToString } from '../../terms/code_points.js';
import { A, Atom, Cons, type Term, bool } from '../../terms/types.js';
import type { NativeFn, NativeModule } from '../../vm/native.js';
import { fromArray } from '../lists/util.js';
import { functionClause } from '../errors.js';

// Made on first use: ICU's segmenter costs about 10 ms and its data's pages at every start.
let segmenter: Intl.Segmenter | null = null;

const points = (s: string): number[] => Array.from(s, (c) => c.codePointAt(0)!);

/** One code point or a list of them, as unicode_util hands a mapping out. */
function cpsTerm(cps: number[]): Term {
  return cps.length === 1 ? cps[0]! : fromArray(cps);
}

const isCp = (c: Term): c is number => typeof c === 'number' && c >= 0 && c <= 0x10ffff;

function mapCase(cp: number, kind: string): number[] {
  const ch = String.fromCodePoint(cp);
  switch (kind) {
    case 'upper':
      return points(ch.toUpperCase());
    case 'lower':
      // Final sigma is a context rule: one letter alone maps to the plain sigma.
      return cp === 0x3a3 ? [0x3c3] : points(ch.toLowerCase());
    case 'title': {
      // Title case is upper case but for the digraphs that have a title form of their own.
      const titles: Record<number, number> = {
        452: 0x1c5,
        453: 0x1c5,
        454: 0x1c5,
        455: 0x1c8,
        456: 0x1c8,
        457: 0x1c8,
        458: 0x1cb,
        459: 0x1cb,
        460: 0x1cb,
        497: 0x1f2,
        498: 0x1f2,
        499: 0x1f2,
      };
      const t = titles[cp];
      if (t !== undefined) return [t];
      if (cp === 0xdf) return [0x53, 0x73];
      return points(ch.toUpperCase());
    }
    default: {
      // Full case folding: lower case of the upper case, except where that loses the letter.
      if (cp === 0x130) return [0x69, 0x307];
      const folded = points(ch.toUpperCase().toLowerCase());
      return folded.length === 0 ? [cp] : folded;
    }
  }
}

function caseMap(_p: unknown, cp: Term, kind: Term): Term {
  if (!(kind instanceof Atom)) throw functionClause('unicode_util', 'case_map', [cp, kind], 0);
  // Integers outside the table (negative, beyond 10FFFF) map to themselves, as in OTP's case_table/1.
  if (!isCp(cp)) return cp;
  return cpsTerm(mapCase(cp, kind.name));
}

function normalGc(_p: unknown, gc: Term, form: Term): Term {
  const cps: number[] = [];
  if (typeof gc === 'number') cps.push(gc);
  else for (let l = gc; l instanceof Cons; l = l.tail) cps.push(l.head as number);
  const f = (form as Atom).name.toUpperCase() as 'NFC' | 'NFD' | 'NFKC' | 'NFKD';
  return cpsTerm(points(codePointsToString(cps).normalize(f)));
}

/** Whether cp continues the cluster whose code points are `rev`, last first. */
function gcJoins(_p: unknown, rev: Term, cp: Term): Term {
  if (!isCp(cp)) return A.false;
  const cps: number[] = [];
  for (let l = rev; l instanceof Cons; l = l.tail) cps.push(l.head as number);
  cps.reverse();
  cps.push(cp);
  const text = codePointsToString(cps);
  const first = (segmenter ??= new Intl.Segmenter('en', { granularity: 'grapheme' })).segment(text)[Symbol.iterator]().next();
  return bool(!first.done && first.value.segment.length === text.length);
}

export const unicodeUtilNatives: NativeModule = {
  name: 'unicode_util',
  functions: {
    'case_map/2': caseMap,
    'normal_gc/2': normalGc,
    'gc_joins/2': gcJoins,
  } as unknown as Record<string, NativeFn>,
};
