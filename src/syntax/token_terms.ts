// Tokens as erl_scan's terms ({Category, Anno, Value} or {Symbol, Anno})
// and back: erl_scan hands them out, erl_parse and io's get_until take them.
// An anno is a line, or {Line, Column} when the scan was given a column
// (a Token with col 0 has a line only).

import { A, Atom, BitStr, Cons, ErlFloat, NIL, list, listToArray, type Term } from '../terms/types.js';
import type { ScanError, Token } from './token.js';

/** erl_anno as erl_scan writes it. */
export function locationTerm(line: number, col: number): Term {
  return col > 0 ? [line, col] : line;
}

/** One token as erl_scan writes it. */
export function tokenTerm(t: Token, anno: Term = locationTerm(t.line, t.col)): Term {
  switch (t.kind) {
    case 'atom':
    case 'var':
      return [Atom.of(t.kind), anno, Atom.of(t.value as string)];
    case 'integer':
    case 'char':
      return [Atom.of(t.kind), anno, t.value as number];
    case 'float':
      return [Atom.of('float'), anno, new ErlFloat(t.value as number)];
    case 'string':
      return [Atom.of('string'), anno, (t.value as number[]).length === 0 ? NIL : list(t.value as number[])];
    case 'comment':
      return [Atom.of('comment'), anno, list(t.value as number[])];
    default:
      return [Atom.of(t.kind), anno];
  }
}

/** Line and column of an anno term: a line, {Line, Col}, or a list holding {location, L}. */
export function annoLocation(t: Term): { line: number; col: number } | null {
  if (typeof t === 'number') return { line: t, col: 0 };
  if (Array.isArray(t) && t.length === 2 && typeof t[0] === 'number' && typeof t[1] === 'number') return { line: t[0], col: t[1] };
  if (t instanceof Cons) {
    for (const x of listToArray(t) ?? []) {
      if (Array.isArray(x) && x.length === 2 && x[0] === Atom.of('location')) return annoLocation(x[1]!);
    }
  }
  return null;
}

/** A token term back to a Token; null when it is not one. */
export function termToken(t: Term): Token | null {
  if (!Array.isArray(t) || (t.length !== 2 && t.length !== 3) || !(t[0] instanceof Atom)) return null;
  const loc = annoLocation(t[1]!);
  if (loc === null) return null;
  const kind = t[0].name;
  if (t.length === 2) return { kind, ...loc };
  const v = t[2]!;
  switch (kind) {
    case 'atom':
    case 'var':
      return v instanceof Atom ? { kind, ...loc, value: v.name } : null;
    case 'integer':
      return typeof v === 'number' || typeof v === 'bigint' ? { kind, ...loc, value: v } : null;
    case 'char':
      return typeof v === 'number' ? { kind, ...loc, value: v } : null;
    case 'float':
      return v instanceof ErlFloat ? { kind, ...loc, value: v.value } : null;
    case 'string': {
      if (v instanceof BitStr) return null;
      const cs = listToArray(v);
      return cs?.every((c) => typeof c === 'number') ? { kind, ...loc, value: cs as number[] } : null;
    }
    default:
      return null;
  }
}

/** erl_scan's error descriptor for a scan error (what erl_scan:format_error/1 takes). */
export function scanErrorDescriptor(e: ScanError): Term {
  if (e.unterminated !== undefined) return [Atom.of('string'), e.unterminated.quote, list(e.unterminated.head)];
  if (e.message === 'unterminated character') return Atom.of('char');
  const base = /^illegal base '(\d+)'$/.exec(e.message);
  if (base !== null) return [Atom.of('base'), Number(base[1])];
  const illegal = /^illegal (\w+)$/.exec(e.message);
  if (illegal !== null) return [Atom.of('illegal'), Atom.of(illegal[1]!)];
  return [A.error, list([...e.message].map((c) => c.codePointAt(0)!))];
}
