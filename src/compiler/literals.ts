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

/** The term an expression always evaluates to, or undefined when it is not constant. */
export function constantTerm(e: ast.Expr): Term | undefined {
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
    case 'cons': {
      const h = constantTerm(e.head);
      if (h === undefined) return undefined;
      const t = constantTerm(e.tail);
      if (t === undefined) return undefined;
      return new Cons(h, t);
    }
    case 'tuple': {
      const out: Term[] = [];
      for (const x of e.elements) {
        const v = constantTerm(x);
        if (v === undefined) return undefined;
        out.push(v);
      }
      return out;
    }
    case 'map': {
      let m = ErlMap.EMPTY;
      for (const a of e.assocs) {
        if (a.kind !== 'map_field_assoc') return undefined;
        const k = constantTerm(a.key);
        const v = constantTerm(a.value);
        if (k === undefined || v === undefined) return undefined;
        m = m.set(k, v);
      }
      return m;
    }
    case 'bin': {
      // Only the plain forms (<<"text">>, <<1,2>>): bytes with no size or type given.
      const bytes: number[] = [];
      for (const el of e.elements) {
        if (el.size !== 'default' || (el.types !== 'default' && el.types.length > 0)) return undefined;
        const v = el.value;
        if (v.kind === 'string') bytes.push(...v.value.map((c) => c & 0xff));
        else if (v.kind === 'integer' || v.kind === 'char') {
          if (typeof v.value !== 'number') return undefined;
          bytes.push(v.value & 0xff);
        } else return undefined;
      }
      return new BitStr(Uint8Array.from(bytes));
    }
    case 'unop': {
      const v = constantTerm(e.operand);
      if (v === undefined || !(typeof v === 'number' || typeof v === 'bigint' || v instanceof ErlFloat)) return undefined;
      try {
        if (e.op === '-') return arith.neg(v);
        if (e.op === '+') return v;
        if (e.op === 'bnot') return arith.bnot(v);
      } catch {
        return undefined;
      }
      return undefined;
    }
    case 'op': {
      const ops: Record<string, (a: Term, b: Term) => Term> = {
        '+': arith.add,
        '-': arith.sub,
        '*': arith.mul,
        '/': arith.div,
        div: arith.intDiv,
        rem: arith.rem,
        band: arith.band,
        bor: arith.bor,
        bxor: arith.bxor,
        bsl: arith.bsl,
        bsr: arith.bsr,
      };
      const f = ops[e.op];
      if (f === undefined) return undefined;
      const a = constantTerm(e.left);
      const b = constantTerm(e.right);
      if (a === undefined || b === undefined) return undefined;
      try {
        return f(a, b);
      } catch {
        return undefined;
      }
    }
    default:
      return undefined;
  }
}
