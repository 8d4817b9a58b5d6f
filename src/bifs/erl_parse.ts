// erl_parse: the parser of src/syntax with erl_parse's result terms: the
// abstract format (parse_exprs, parse_form), constant terms (parse_term,
// normalise) and the way back (abstract).

import { A, Atom, Cons, NIL, list, listToArray, type Term } from '../terms/types.js';
import { writeTerm } from '../terms/print/write.js';
import { exprOf, exprTerm, BadAbstractCode } from '../syntax/abstract_code.js';
import { abstractTerm, formTerm, literalValue } from '../syntax/abstract_terms.js';
import { parseForm } from '../syntax/form_parser.js';
import { parseExprs } from '../syntax/parser.js';
import { isUnicode } from '../syntax/scanner.js';
import type { Token } from '../syntax/token.js';
import { locationTerm, termToken } from '../syntax/token_terms.js';
import type { NativeFn, NativeModule } from '../vm/native.js';
import { functionClause, frameError } from './errors.js';

const ERL_PARSE = Atom.of('erl_parse');
const str = (s: string): Term => list([...s].map((c) => c.codePointAt(0)!));

function tokensOf(fn: string, t: Term, line: number): Token[] {
  const ts = listToArray(t)?.map(termToken);
  if (ts === undefined || ts.some((x) => x === null)) throw functionClause('erl_parse', fn, [t], line);
  return ts as Token[];
}

/** {error, {Loc, erl_parse, Message}}; "syntax error before: X" is two strings there. */
function parseError(line: number, col: number, message: string): Term {
  const before = 'syntax error before: ';
  const msg = message.startsWith(before) ? list([str(before), str(message.slice(before.length))]) : str(message);
  return [A.error, [locationTerm(line, col), ERL_PARSE, msg]];
}

function parseExprsTerm(t: Term): Term {
  const toks = tokensOf('parse_exprs', t, 0);
  const r = parseExprs(toks);
  if (!Array.isArray(r)) return parseError(r.line, r.col, r.message);
  return [A.ok, list(r.map(exprTerm))];
}

function parseTermTerm(t: Term): Term {
  const toks = tokensOf('parse_term', t, 0);
  const r = parseExprs(toks);
  if (!Array.isArray(r)) return parseError(r.line, r.col, r.message);
  const v = r.length === 1 ? literalValue(r[0]!) : null;
  if (v === null) {
    const first = toks[0]!;
    return [A.error, [locationTerm(first.line, first.col), ERL_PARSE, str('bad term')]];
  }
  return [A.ok, v];
}

function parseFormTerm(t: Term): Term {
  const r = parseForm(tokensOf('parse_form', t, 0));
  if (r instanceof Error) return parseError(r.line, r.col, r.message);
  return [A.ok, formTerm(r)];
}

const isChar = (c: number): boolean => isUnicode(c);
const isLatin1 = (c: number): boolean => c <= 255;

function abstract(t: Term, opts: Term): Term {
  let anno: Term = 0;
  let chars = isChar;
  if (typeof opts === 'number') anno = opts;
  else {
    for (const o of listToArray(opts) ?? []) {
      if (!Array.isArray(o) || o.length !== 2) continue;
      if (o[0] === Atom.of('line') || o[0] === Atom.of('location')) anno = o[1]!;
      if (o[0] === Atom.of('encoding') && o[1] === Atom.of('latin1')) chars = isLatin1;
      if (o[0] === Atom.of('encoding') && o[1] === Atom.of('none')) chars = () => false;
    }
  }
  const r = abstractTerm(t, anno, chars);
  if (r === null) throw frameError(A.badarg, 'erl_parse', 'abstract', [t, opts]);
  return r;
}

function normalise(t: Term): Term {
  let v: Term | null = null;
  try {
    v = literalValue(exprOf(t));
  } catch (e) {
    if (!(e instanceof BadAbstractCode)) throw e;
  }
  if (v === null) throw frameError(A.badarg, 'erl_parse', 'normalise', [t]);
  return v;
}

/** A message that is text already stays as it is; anything else is written. */
function formatError(m: Term): Term {
  const isDeepChars = (x: Term): boolean => {
    if (x === NIL) return true;
    if (!(x instanceof Cons)) return false;
    for (const e of listToArray(x) ?? [A.error]) if (typeof e !== 'number' && !isDeepChars(e)) return false;
    return listToArray(x) !== null;
  };
  return isDeepChars(m) ? m : str(writeTerm(m));
}

const f: Record<string, NativeFn> = {
  'parse_exprs/1': (_p, t) => parseExprsTerm(t),
  'parse_term/1': (_p, t) => parseTermTerm(t),
  'parse_form/1': (_p, t) => parseFormTerm(t),
  'abstract/1': (_p, t) => abstract(t, 0),
  'abstract/2': (_p, t, o) => abstract(t, o),
  'normalise/1': (_p, t) => normalise(t),
  'format_error/1': (_p, m) => formatError(m),
};

export const erlParseNatives: NativeModule = { name: 'erl_parse', functions: f };
