// Prints the term a -error/-warning directive holds, roughly as ~tp would.

import type { Expr } from './ast.js';
import { isSyntaxError } from './parse_error.js';
import { parseExprs } from './parser.js';
import type { Token } from './token.js';
import { writeAtom, writeFloat, writeString } from './write_term.js';

/** The term inside `(Term) dot`, printed; null when it is not a literal. */
export function printLiteral(tokens: Token[]): string | null {
  const es = parseExprs(tokens);
  if (isSyntaxError(es) || es.length !== 1) return null;
  return print(es[0]!);
}

function printable(cps: number[]): boolean {
  return cps.every((c) => (c >= 32 && c !== 127) || c === 10 || c === 9 || c === 13 || c === 27 || c === 8 || c === 11 || c === 12);
}

function print(e: Expr): string | null {
  switch (e.kind) {
    case 'atom':
      return writeAtom(e.value);
    case 'integer':
    case 'char':
      return String(e.value);
    case 'float':
      return writeFloat(e.value);
    case 'string':
      return printable(e.value) ? writeString(e.value) : '[' + e.value.join(',') + ']';
    case 'nil':
      return '[]';
    case 'tuple': {
      const parts = e.elements.map(print);
      return parts.includes(null) ? null : '{' + parts.join(',') + '}';
    }
    case 'cons': {
      const items: string[] = [];
      let cur: Expr = e;
      while (cur.kind === 'cons') {
        const h = print(cur.head);
        if (h === null) return null;
        items.push(h);
        cur = cur.tail;
      }
      if (cur.kind === 'nil') return '[' + items.join(',') + ']';
      const t = print(cur);
      return t === null ? null : '[' + items.join(',') + '|' + t + ']';
    }
    case 'unop':
      if (e.op === '-' && (e.operand.kind === 'integer' || e.operand.kind === 'float')) {
        const v = print(e.operand);
        return v === null ? null : '-' + v;
      }
      return null;
    default:
      return null;
  }
}
