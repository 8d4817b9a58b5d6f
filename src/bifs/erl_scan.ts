// erl_scan: the tokenizer of src/syntax/scanner.ts with erl_scan's result
// terms. string/1,2,3 scan a whole text; tokens/3,4 scan up to a dot and
// keep what they have read in a continuation ({erl_scan_cont, Text, Loc})
// until the dot arrives, as io's get_until calls them.

import { A, Atom, Cons, NIL, list, listToArray, type Term } from '../terms/types.js';
import { scanStep } from '../syntax/scanner.js';
import { isReservedWord } from '../syntax/token.js';
import type { ScanError, Token } from '../syntax/token.js';
import { scanErrorDescriptor, tokenTerm } from '../syntax/token_terms.js';
import { writeString } from '../syntax/write_term.js';
import type { NativeFn, NativeModule } from '../vm/native.js';
import { functionClause } from './errors.js';

const ERL_SCAN = Atom.of('erl_scan');
const CONT = Atom.of('erl_scan_cont');
const EOF = Atom.of('eof');

/** A start location: Line (annos are lines) or {Line, Col} (annos are {Line, Col}). */
interface Start {
  line: number;
  col: number;
  withCol: boolean;
}

function startOf(loc: Term): Start | null {
  if (typeof loc === 'number' && Number.isInteger(loc)) return { line: loc, col: 1, withCol: false };
  if (Array.isArray(loc) && loc.length === 2 && typeof loc[0] === 'number' && typeof loc[1] === 'number' && loc[1] >= 1) {
    return { line: loc[0], col: loc[1], withCol: true };
  }
  return null;
}

function chars(t: Term): number[] | null {
  const xs = listToArray(t);
  if (xs === null || !xs.every((c) => typeof c === 'number' && c >= 0)) return null;
  return xs as number[];
}

const locTerm = (s: Start, line: number, col: number): Term => (s.withCol ? [line, col] : line);
const tokensTerm = (s: Start, ts: Token[]): Term => list(ts.map((t) => tokenTerm(t, locTerm(s, t.line, t.col))));

function errorTerm(s: Start, e: ScanError, end: Term): Term {
  return [A.error, [locTerm(s, e.line, e.col), ERL_SCAN, scanErrorDescriptor(e)], end];
}

/** Where a text ends, counting lines and columns from the start. */
function endOf(s: Start, text: readonly number[]): Term {
  let line = s.line;
  let col = s.col;
  for (const c of text) {
    if (c === 10) {
      line++;
      col = 1;
    } else col++;
  }
  return locTerm(s, line, col);
}

function string(text: Term, loc: Term, opts: Term): Term {
  const cs = chars(text);
  const s = startOf(loc);
  if (cs === null || s === null) throw functionClause('erl_scan', 'string', [text, loc, opts], 156);
  const step = scanStep(cs, 0, s.line, s.col, true, false);
  if (step.status === 'error') return errorTerm(s, step.error, endOf(s, cs));
  if (step.status === 'more') throw new Error('unreachable: a final scan never wants more');
  return [A.ok, tokensTerm(s, step.tokens), locTerm(s, step.line, step.col)];
}

function tokens(cont: Term, input: Term, loc: Term, opts: Term): Term {
  const bad = () => functionClause('erl_scan', 'tokens', [cont, input, loc, opts], 193);
  let before: number[] = [];
  let s = startOf(loc);
  if (Array.isArray(cont) && cont.length === 3 && cont[0] === CONT) {
    before = chars(cont[1]!) ?? [];
    s = startOf(cont[2]!);
  } else if (cont !== NIL) throw bad();
  if (s === null) throw bad();
  const final = input === EOF;
  const more = final ? [] : chars(input);
  if (more === null) throw bad();
  const text = before.concat(more);
  const step = scanStep(text, 0, s.line, s.col, final, true);
  const restOf = (pos: number): Term => (final ? EOF : list(text.slice(pos)));
  const origin: Term = s.withCol ? [s.line, s.col] : s.line;
  switch (step.status) {
    case 'more':
      return [Atom.of('more'), [CONT, list(text), origin]];
    case 'error':
      return [Atom.of('done'), errorTerm(s, step.error, endOf(s, text.slice(0, step.pos))), restOf(step.pos)];
    case 'end':
      if (!final) return [Atom.of('more'), [CONT, list(text), origin]];
      if (step.tokens.length === 0) return [Atom.of('done'), [EOF, locTerm(s, step.line, step.col)], EOF];
      return [Atom.of('done'), [A.ok, tokensTerm(s, step.tokens), locTerm(s, step.line, step.col)], EOF];
    case 'dot':
      return [Atom.of('done'), [A.ok, tokensTerm(s, step.tokens), locTerm(s, step.line, step.col)], restOf(step.pos)];
  }
}

const str = (s: string): Term => list([...s].map((c) => c.codePointAt(0)!));

/** erl_scan:format_error/1. */
function formatError(d: Term): Term {
  if (d === Atom.of('char')) return str('unterminated character');
  if (Array.isArray(d) && d.length === 3 && d[0] === Atom.of('string') && typeof d[1] === 'number') {
    const head = chars(d[2]!) ?? [];
    return str(`unterminated ${d[1] === 0x22 ? 'string' : 'atom'} starting with ${writeString(head, d[1])}`);
  }
  if (Array.isArray(d) && d.length === 2 && d[0] === Atom.of('illegal') && d[1] instanceof Atom) return str(`illegal ${d[1].name}`);
  if (Array.isArray(d) && d.length === 2 && d[0] === Atom.of('base') && typeof d[1] === 'number') return str(`illegal base '${d[1]}'`);
  if (Array.isArray(d) && d.length === 2 && d[0] === A.error && d[1] instanceof Cons) return d[1];
  return str('unknown scan error');
}

const f: Record<string, NativeFn> = {
  'string/1': (_p, text) => string(text, 1, NIL),
  'string/2': (_p, text, loc) => string(text, loc, NIL),
  'string/3': (_p, text, loc, opts) => string(text, loc, opts),
  'tokens/3': (_p, cont, input, loc) => tokens(cont, input, loc, NIL),
  'tokens/4': (_p, cont, input, loc, opts) => tokens(cont, input, loc, opts),
  'reserved_word/1': (_p, w) => (w instanceof Atom && isReservedWord(w.name) ? A.true : A.false),
  'format_error/1': (_p, d) => formatError(d),
};

export const erlScanNatives: NativeModule = { name: 'erl_scan', functions: f };
