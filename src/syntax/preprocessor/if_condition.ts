// Evaluates the condition of -if/-elif: a guard expression over literals,
// with defined(Macro). Anything else makes the condition false, as epp's
// erl_eval call does when it fails.

import type { Expr } from '../ast.js';
import { isSyntaxError, type SyntaxError } from '../parse_error.js';
import { parseExprs } from '../parser.js';
import type { Token } from '../token.js';

type Value = number | bigint | string | boolean | { atom: string } | Value[];

class Unsupported extends Error {}

export function evalIfCondition(tokens: Token[], isDefined: (name: string) => boolean): boolean | 'bad' | SyntaxError {
  const dot: Token = { kind: 'dot', line: tokens[tokens.length - 1]?.line ?? 1, col: 1 };
  const withDot = tokens[tokens.length - 1]?.kind === 'dot' ? tokens : [...tokens, dot];
  const es = parseExprs(withDot);
  if (isSyntaxError(es)) return es;
  if (es.length !== 1) return 'bad';
  try {
    return evaluate(es[0]!, isDefined) === true;
  } catch (e) {
    if (e instanceof Unsupported) return false;
    throw e;
  }
}

function atomValue(name: string): Value {
  return name === 'true' ? true : name === 'false' ? false : { atom: name };
}

function evaluate(e: Expr, isDefined: (n: string) => boolean): Value {
  const ev = (x: Expr): Value => evaluate(x, isDefined);
  switch (e.kind) {
    case 'integer':
    case 'char':
      return e.value;
    case 'float':
      return e.value;
    case 'atom':
      return atomValue(e.value);
    case 'string':
      return String.fromCodePoint(...e.value);
    case 'tuple':
      return e.elements.map(ev);
    case 'call':
      if (e.fn.kind === 'atom' && e.fn.value === 'defined' && e.args.length === 1) {
        const a = e.args[0]!;
        if (a.kind === 'atom') return isDefined(a.value);
        if (a.kind === 'var') return isDefined(a.name);
      }
      if (e.fn.kind === 'atom' && e.args.length === 1) {
        const v = ev(e.args[0]!);
        switch (e.fn.value) {
          case 'is_integer':
            return typeof v === 'number' ? Number.isInteger(v) : typeof v === 'bigint';
          case 'is_atom':
            return typeof v === 'boolean' || (typeof v === 'object' && !Array.isArray(v));
          case 'is_tuple':
            return Array.isArray(v);
        }
      }
      throw new Unsupported();
    case 'unop': {
      const v = ev(e.operand);
      if (e.op === 'not' && typeof v === 'boolean') return !v;
      if (e.op === '-' && typeof v === 'number') return -v;
      if (e.op === '+' && typeof v === 'number') return v;
      throw new Unsupported();
    }
    case 'op': {
      if (e.op === 'andalso') return ev(e.left) === true && ev(e.right) === true;
      if (e.op === 'orelse') return ev(e.left) === true || ev(e.right) === true;
      const l = ev(e.left);
      const r = ev(e.right);
      const num = (x: Value): number => {
        if (typeof x === 'number') return x;
        if (typeof x === 'bigint') return Number(x);
        throw new Unsupported();
      };
      switch (e.op) {
        case 'and':
          return l === true && r === true;
        case 'or':
          return l === true || r === true;
        case '+':
          return num(l) + num(r);
        case '-':
          return num(l) - num(r);
        case '*':
          return num(l) * num(r);
        case '==':
        case '=:=':
          return JSON.stringify(l) === JSON.stringify(r);
        case '/=':
        case '=/=':
          return JSON.stringify(l) !== JSON.stringify(r);
        case '<':
          return num(l) < num(r);
        case '>':
          return num(l) > num(r);
        case '=<':
          return num(l) <= num(r);
        case '>=':
          return num(l) >= num(r);
      }
      throw new Unsupported();
    }
    default:
      throw new Unsupported();
  }
}
