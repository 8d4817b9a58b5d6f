// file:consult/1's reading: a text of terms, each ended by a dot, into the
// terms, with erl's errors ({Line, erl_parse, ["syntax error before: ", ...]}
// and {Line, erl_parse, "bad term"} for an expression that is not a term).
// Lines count from the start of the file, as erl's do.

import { A, Atom, Cons, NIL, list, listToArray, str, type Term } from '../terms/types.js';
import type { Token } from '../syntax/token.js';
import { parseExprs } from '../syntax/parser.js';
import { isSyntaxError } from '../syntax/parse_error.js';
import { scanStep, toCodePoints } from '../syntax/scanner.js';
import { constantTerm } from './literals.js';

const BEFORE = 'syntax error before: ';

function parseError(line: number, message: string): Term {
  const what: Term = message.startsWith(BEFORE) ? list([str(BEFORE), str(message.slice(BEFORE.length))]) : str(message);
  return [A.error, [line, Atom.of('erl_parse'), what]];
}

/** {ok, Terms} for `text`, or {error, {Line, Module, Description}}. */
export function consultText(text: string): Term {
  const r = readTerms(text);
  return Array.isArray(r.terms) ? [A.ok, list(r.terms)] : r.error!;
}

function readTerms(text: string): { terms?: Term[]; error?: Term } {
  const cps = toCodePoints(text);
  const out: Term[] = [];
  let pos = 0;
  let line = 1;
  let col = 1;
  for (;;) {
    const step = scanStep(cps, pos, line, col, true, true);
    if (step.status === 'more') return { terms: out };
    if (step.status === 'error') return { error: [A.error, [step.error.line, Atom.of('erl_scan'), str(step.error.message)]] };
    if (step.tokens.length === 0) return { terms: out };
    if (step.status === 'end') {
      // Text after the last dot that is not a whole term.
      const last = step.tokens[step.tokens.length - 1]!;
      return { error: parseError(last.line, BEFORE) };
    }
    const r = parseExprs(step.tokens);
    if (isSyntaxError(r)) return { error: parseError(r.line, r.message) };
    const value = r.length === 1 ? constantTerm(r[0]!) : undefined;
    if (value === undefined) return { error: [A.error, [step.tokens[0]!.line, Atom.of('erl_parse'), str('bad term')]] };
    out.push(value);
    pos = step.pos;
    line = step.line;
    col = step.col;
  }
}

/** An erl_scan token term ({Category, Anno} or {Category, Anno, Value}) as the parser's Token, or null. */
function tokenOf(t: Term): Token | null {
  if (!Array.isArray(t) || (t.length !== 2 && t.length !== 3) || !(t[0] instanceof Atom)) return null;
  const anno = t[1];
  const line = typeof anno === 'number' ? anno : Array.isArray(anno) && typeof anno[0] === 'number' ? anno[0] : 1;
  const kind = t[0].name;
  if (t.length === 2) return { kind, line, col: 1 };
  const v = t[2];
  if (v instanceof Atom) return { kind, line, col: 1, value: v.name };
  if (typeof v === 'number' || typeof v === 'bigint') return { kind, line, col: 1, value: v };
  if (v === NIL || v instanceof Cons) {
    const cps = listToArray(v);
    return cps?.every((c) => typeof c === 'number') ? { kind, line, col: 1, value: cps as number[] } : null;
  }
  if (typeof v === 'object' && v !== null && 'value' in v && typeof (v as { value: unknown }).value === 'number') {
    return { kind, line, col: 1, value: (v as { value: number }).value };
  }
  return null;
}

/** erl_parse:parse_term/1 for io:read: {ok, Term} or {error, {Line, erl_parse, Message}}. */
export function parseTermTokens(tokens: Term): Term {
  const ts = (listToArray(tokens) ?? []).map(tokenOf);
  if (ts.some((t) => t === null)) return [A.error, [1, Atom.of('erl_parse'), str('bad term')]];
  const toks = ts as Token[];
  const r = parseExprs(toks);
  if (isSyntaxError(r)) return parseError(r.line, r.message);
  const value = r.length === 1 ? constantTerm(r[0]!) : undefined;
  if (value === undefined) return [A.error, [toks[0]?.line ?? 1, Atom.of('erl_parse'), str('bad term')]];
  return [A.ok, value];
}
