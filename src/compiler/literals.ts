// Compile-time constants: literal terms are built once when a module loads
// (like BEAM's literal area) and shared by every evaluation.

import type * as ast from '../syntax/ast.js';
import { Atom, BitStr, Cons, ErlFloat, NIL, type Term } from '../terms/types.js';
import { ErlMap } from '../terms/map.js';
import * as arith from '../terms/arith.js';

export function stringToList(codes: readonly number[]): Term {
  let l: Term = NIL;
  for (let i = codes.length - 1; i >= 0; i--) l = new Cons(codes[i]!, l);
  return l;
}

/** Results for compound expressions already evaluated (codegen asks again at every level). */
const known = new WeakMap<ast.Expr, Term | null>();

/** The subexpressions a compound constant is built from, or null when e cannot be constant. */
function parts(e: ast.Expr): ast.Expr[] | null {
  switch (e.kind) {
    case 'cons':
      return [e.head, e.tail];
    case 'tuple':
      return e.elements;
    case 'map': {
      const out: ast.Expr[] = [];
      for (const a of e.assocs) {
        if (a.kind !== 'map_field_assoc') return null;
        out.push(a.key, a.value);
      }
      return out;
    }
    case 'unop':
      return [e.operand];
    case 'op':
      return OPS[e.op] === undefined ? null : [e.left, e.right];
    default:
      return null;
  }
}

const OPS = arith.ARITH_OPERATORS;

/**
 * The term an expression always evaluates to, or undefined when it is not
 * constant. With an explicit stack: a long list is a cons chain as deep as
 * it is long, and nesting is as deep as the user writes it.
 */
export function constantTerm(e: ast.Expr): Term | undefined {
  const ps = parts(e);
  if (ps === null) return leafTerm(e);
  const memo = known.get(e);
  if (memo !== undefined) return memo ?? undefined;
  const stack: { e: ast.Expr; ps: ast.Expr[]; vals: Term[] }[] = [{ e, ps, vals: [] }];
  let failed = false;
  let result: Term | undefined;
  while (stack.length > 0) {
    const top = stack[stack.length - 1]!;
    if (!failed && top.vals.length < top.ps.length) {
      const x = top.ps[top.vals.length]!;
      const xps = parts(x);
      const m = xps === null ? leafTerm(x) : known.get(x);
      if (m === undefined && xps !== null) {
        stack.push({ e: x, ps: xps, vals: [] });
        continue;
      }
      if (m === undefined || m === null) failed = true;
      else top.vals.push(m);
      continue;
    }
    stack.pop();
    const v = failed ? undefined : build(top.e, top.vals);
    known.set(top.e, v === undefined ? null : v);
    if (v === undefined) failed = true;
    result = v;
    if (stack.length > 0 && !failed) stack[stack.length - 1]!.vals.push(v!);
  }
  return failed ? undefined : result;
}

/** A compound constant from its parts' values. */
function build(e: ast.Expr, vals: Term[]): Term | undefined {
  switch (e.kind) {
    case 'cons':
      return new Cons(vals[0]!, vals[1]!);
    case 'tuple':
      return vals;
    case 'map': {
      let m = ErlMap.EMPTY;
      for (let i = 0; i < vals.length; i += 2) m = m.set(vals[i]!, vals[i + 1]!);
      return m;
    }
    case 'unop': {
      const v = vals[0]!;
      if (!(typeof v === 'number' || typeof v === 'bigint' || v instanceof ErlFloat)) return undefined;
      try {
        if (e.op === '-') return arith.neg(v);
        if (e.op === '+') return v;
        if (e.op === 'bnot') return arith.bnot(v);
      } catch {
        return undefined;
      }
      return undefined;
    }
    case 'op':
      try {
        return OPS[e.op]!(vals[0]!, vals[1]!);
      } catch {
        return undefined;
      }
    default:
      return undefined;
  }
}

/** The value of an expression that has no subexpressions, or undefined. */
function leafTerm(e: ast.Expr): Term | undefined {
  switch (e.kind) {
    case 'integer':
    case 'char':
      return e.value;
    case 'float':
      return new ErlFloat(e.value);
    case 'atom':
      return Atom.of(e.value);
    case 'string':
      return stringToList(e.value);
    case 'nil':
      return NIL;
    case 'term':
      return e.value;
    case 'bin': {
      // Only the plain forms (<<"text">>, <<1,2>>): bytes with no size or type given.
      const bytes: number[] = [];
      for (const el of e.elements) {
        if (el.size !== 'default' || (el.types !== 'default' && el.types.length > 0)) return undefined;
        const v = el.value;
        if (v.kind === 'string') for (const c of v.value) bytes.push(c & 0xff);
        else if (v.kind === 'integer' || v.kind === 'char') {
          if (typeof v.value !== 'number') return undefined;
          bytes.push(v.value & 0xff);
        } else return undefined;
      }
      return new BitStr(Uint8Array.from(bytes));
    }
    default:
      return undefined;
  }
}
