// Erlang abstract format terms (what erl_parse produces, and what real
// erl's shell funs carry over the wire in their erl_eval closure) to the
// AST of src/syntax/ast.ts, which mirrors it node for node. Anything that
// is not well-formed abstract code throws BadAbstractCode.

import { Atom, BitStr, Cons, ErlFloat, NIL, listToArray, type Term } from '../terms/types.js';
import type * as ast from './ast.js';
import { termExpr } from './deep_constant.js';

export class BadAbstractCode extends Error {}

function fail(what: string): never {
  throw new BadAbstractCode(what);
}

function tuple(t: Term, tag?: string): Term[] {
  if (!Array.isArray(t) || t.length < 2) fail('not a node');
  if (tag !== undefined && !(t[0] instanceof Atom && t[0].name === tag)) fail(`not ${tag}`);
  return t as Term[];
}

export function items(t: Term): Term[] {
  return listToArray(t) ?? fail('not a list');
}

function atom(t: Term): string {
  if (!(t instanceof Atom)) fail('not an atom');
  return t.name;
}

function int(t: Term): number {
  if (typeof t !== 'number' || !Number.isInteger(t)) fail('not an integer');
  return t;
}

/** erl_anno: a line, {Line, Col}, or a list with {location, ...}. */
function anno(t: Term): ast.Anno {
  if (typeof t === 'number') return { line: t, col: 0 };
  if (Array.isArray(t) && t.length === 2 && typeof t[0] === 'number' && typeof t[1] === 'number') return { line: t[0], col: t[1] };
  if (t instanceof Cons) {
    for (const a of items(t)) {
      if (Array.isArray(a) && a[0] === Atom.of('location')) return anno(a[1]!);
    }
  }
  return { line: 1, col: 0 };
}

export function clauseOf(t: Term): ast.Clause {
  const c = tuple(t, 'clause');
  if (c.length !== 5) fail('bad clause');
  return {
    kind: 'clause',
    ...anno(c[1]!),
    patterns: items(c[2]!).map(exprOf),
    guards: items(c[3]!).map((g) => items(g).map(exprOf)),
    body: items(c[4]!).map(exprOf),
  };
}

function assoc(t: Term): ast.MapAssoc {
  const a = tuple(t);
  const kind = atom(a[0]!);
  if ((kind !== 'map_field_assoc' && kind !== 'map_field_exact') || a.length !== 4) fail('bad map field');
  return { kind, ...anno(a[1]!), key: exprOf(a[2]!), value: exprOf(a[3]!) };
}

function binElement(t: Term): ast.BinElement {
  const b = tuple(t, 'bin_element');
  if (b.length !== 5) fail('bad bin element');
  const size = b[3] instanceof Atom && b[3].name === 'default' ? 'default' : exprOf(b[3]!);
  const types: ast.BinTypeSpec[] | 'default' =
    b[4] instanceof Atom && b[4].name === 'default' ? 'default' : items(b[4]!).map((s) => (s instanceof Atom ? s.name : { unit: int(tuple(s, 'unit')[1]!) }));
  return { kind: 'bin_element', ...anno(b[1]!), value: exprOf(b[2]!), size, types };
}

function qualifier(t: Term): ast.Qualifier {
  const q = tuple(t);
  const kind = q[0] instanceof Atom ? q[0].name : '';
  if ((kind === 'generate' || kind === 'b_generate' || kind === 'm_generate') && q.length === 4) {
    return { kind, ...anno(q[1]!), pattern: exprOf(q[2]!), expr: exprOf(q[3]!) };
  }
  return exprOf(t);
}

function fieldInit(t: Term): ast.RecordFieldInit {
  const f = tuple(t, 'record_field');
  if (f.length !== 4) fail('bad record field');
  const name = tuple(f[2]!);
  return { kind: 'record_field', ...anno(f[1]!), field: atom(name[2]!), value: exprOf(f[3]!) };
}

function literalText(t: Term): number[] {
  return items(t).map(int);
}

/** One expression (or pattern, or guard test) of abstract code. */
export function exprOf(t: Term): ast.Expr {
  const n = tuple(t);
  const tag = atom(n[0]!);
  const a = anno(n[1]!);
  switch (tag) {
    case 'atom':
      return { kind: 'atom', ...a, value: atom(n[2]!) };
    case 'integer':
      if (typeof n[2] !== 'number' && typeof n[2] !== 'bigint') fail('bad integer');
      return { kind: 'integer', ...a, value: n[2] };
    case 'float': {
      const v = n[2];
      if (!(v instanceof ErlFloat) && typeof v !== 'number') fail('bad float');
      return { kind: 'float', ...a, value: v instanceof ErlFloat ? v.value : v };
    }
    case 'char':
      return { kind: 'char', ...a, value: int(n[2]!) };
    case 'string':
      return { kind: 'string', ...a, value: n[2] instanceof BitStr ? fail('bad string') : literalText(n[2]!) };
    case 'var':
      return { kind: 'var', ...a, name: atom(n[2]!) };
    case 'nil':
      return { kind: 'nil', ...a };
    case 'cons':
      return { kind: 'cons', ...a, head: exprOf(n[2]!), tail: exprOf(n[3]!) };
    case 'tuple':
      return { kind: 'tuple', ...a, elements: items(n[2]!).map(exprOf) };
    case 'map':
      if (n.length === 3) return { kind: 'map', ...a, assocs: items(n[2]!).map(assoc) };
      return { kind: 'map_update', ...a, map: exprOf(n[2]!), assocs: items(n[3]!).map(assoc) };
    case 'bin':
      return { kind: 'bin', ...a, elements: items(n[2]!).map(binElement) };
    case 'match':
      return { kind: 'match', ...a, pattern: exprOf(n[2]!), expr: exprOf(n[3]!) };
    case 'op':
      if (n.length === 4) return { kind: 'unop', ...a, op: atom(n[2]!), operand: exprOf(n[3]!) };
      return { kind: 'op', ...a, op: atom(n[2]!), left: exprOf(n[3]!), right: exprOf(n[4]!) };
    case 'call':
      return { kind: 'call', ...a, fn: exprOf(n[2]!), args: items(n[3]!).map(exprOf) };
    case 'remote':
      return { kind: 'remote', ...a, module: exprOf(n[2]!), name: exprOf(n[3]!) };
    case 'fun': {
      const body = tuple(n[2]!);
      const what = atom(body[0]!);
      if (what === 'clauses') return { kind: 'fun', ...a, clauses: items(body[1]!).map(clauseOf) };
      if (what === 'function' && body.length === 3) return { kind: 'fun_ref', ...a, name: atom(body[1]!), arity: int(body[2]!) };
      if (what === 'function' && body.length === 4) {
        const part = (x: Term): ast.Expr =>
          x instanceof Atom ? { kind: 'atom', ...a, value: x.name } : typeof x === 'number' ? { kind: 'integer', ...a, value: x } : exprOf(x);
        return { kind: 'fun_remote', ...a, module: part(body[1]!), name: part(body[2]!), arity: part(body[3]!) };
      }
      return fail('bad fun');
    }
    case 'named_fun':
      return { kind: 'named_fun', ...a, name: atom(n[2]!), clauses: items(n[3]!).map(clauseOf) };
    case 'block':
      return { kind: 'block', ...a, body: items(n[2]!).map(exprOf) };
    case 'case':
      return { kind: 'case', ...a, expr: exprOf(n[2]!), clauses: items(n[3]!).map(clauseOf) };
    case 'if':
      return { kind: 'if', ...a, clauses: items(n[2]!).map(clauseOf) };
    case 'receive':
      if (n.length === 3) return { kind: 'receive', ...a, clauses: items(n[2]!).map(clauseOf) };
      return { kind: 'receive', ...a, clauses: items(n[2]!).map(clauseOf), after: { timeout: exprOf(n[3]!), body: items(n[4]!).map(exprOf) } };
    case 'try':
      return {
        kind: 'try',
        ...a,
        body: items(n[2]!).map(exprOf),
        clauses: items(n[3]!).map(clauseOf),
        catchClauses: items(n[4]!).map(clauseOf),
        after: items(n[5]!).map(exprOf),
      };
    case 'catch':
      return { kind: 'catch', ...a, expr: exprOf(n[2]!) };
    case 'lc':
    case 'bc':
    case 'mc':
      return { kind: tag, ...a, expr: exprOf(n[2]!), qualifiers: items(n[3]!).map(qualifier) };
    case 'record':
      if (n.length === 4) return { kind: 'record', ...a, name: atom(n[2]!), fields: items(n[3]!).map(fieldInit) };
      return { kind: 'record_update', ...a, record: exprOf(n[2]!), name: atom(n[3]!), fields: items(n[4]!).map(fieldInit) };
    case 'record_index':
      return { kind: 'record_index', ...a, name: atom(n[2]!), field: atom(tuple(n[3]!)[2]!) };
    case 'record_field':
      if (n.length === 5) return { kind: 'record_field_access', ...a, record: exprOf(n[2]!), name: atom(n[3]!), field: atom(tuple(n[4]!)[2]!) };
      return fail('bad record field access');
    default:
      return fail(`unknown node ${tag}`);
  }
}

// ---- the other way: AST to abstract format terms --------------------------------

const at = (name: string): Atom => Atom.of(name);

function annoTerm(a: ast.Anno): Term {
  return a.col > 0 ? [a.line, a.col] : a.line;
}

function listTerm(xs: Term[]): Term {
  let l: Term = NIL;
  for (let i = xs.length - 1; i >= 0; i--) l = new Cons(xs[i]!, l);
  return l;
}

export function clauseTerm(c: ast.Clause): Term {
  return [
    at('clause'),
    annoTerm(c),
    listTerm(c.patterns.map(exprTerm)),
    listTerm(c.guards.map((g) => listTerm(g.map(exprTerm)))),
    listTerm(c.body.map(exprTerm)),
  ];
}

function assocTerm(m: ast.MapAssoc): Term {
  return [at(m.kind), annoTerm(m), exprTerm(m.key), exprTerm(m.value)];
}

function binElementTerm(b: ast.BinElement): Term {
  const size = b.size === 'default' ? at('default') : exprTerm(b.size);
  const types = b.types === 'default' ? at('default') : listTerm(b.types.map((t) => (typeof t === 'string' ? at(t) : [at('unit'), t.unit])));
  return [at('bin_element'), annoTerm(b), exprTerm(b.value), size, types];
}

function qualifierTerm(q: ast.Qualifier): Term {
  if (q.kind === 'generate' || q.kind === 'b_generate' || q.kind === 'm_generate') {
    const g = q as ast.Generator;
    return [at(g.kind), annoTerm(g), exprTerm(g.pattern), exprTerm(g.expr)];
  }
  return exprTerm(q as ast.Expr);
}

function fieldTerm(f: ast.RecordFieldInit): Term {
  const name: Term = f.field === '_' ? [at('var'), annoTerm(f), at('_')] : [at('atom'), annoTerm(f), at(f.field)];
  return [at('record_field'), annoTerm(f), name, exprTerm(f.value)];
}

/** An expression as erl_parse would give it. */
export function exprTerm(e: ast.Expr): Term {
  const a = annoTerm(e);
  switch (e.kind) {
    case 'term':
      return exprTerm(termExpr(e.value, e));
    case 'atom':
      return [at('atom'), a, at(e.value)];
    case 'integer':
      return [at('integer'), a, e.value];
    case 'float':
      return [at('float'), a, new ErlFloat(e.value)];
    case 'char':
      return [at('char'), a, e.value];
    case 'string':
      return [at('string'), a, listTerm(e.value)];
    case 'var':
      return [at('var'), a, at(e.name)];
    case 'nil':
      return [at('nil'), a];
    case 'cons':
      return [at('cons'), a, exprTerm(e.head), exprTerm(e.tail)];
    case 'tuple':
      return [at('tuple'), a, listTerm(e.elements.map(exprTerm))];
    case 'map':
      return [at('map'), a, listTerm(e.assocs.map(assocTerm))];
    case 'map_update':
      return [at('map'), a, exprTerm(e.map), listTerm(e.assocs.map(assocTerm))];
    case 'bin':
      return [at('bin'), a, listTerm(e.elements.map(binElementTerm))];
    case 'match':
      return [at('match'), a, exprTerm(e.pattern), exprTerm(e.expr)];
    case 'op':
      return [at('op'), a, at(e.op), exprTerm(e.left), exprTerm(e.right)];
    case 'unop':
      return [at('op'), a, at(e.op), exprTerm(e.operand)];
    case 'call':
      return [at('call'), a, exprTerm(e.fn), listTerm(e.args.map(exprTerm))];
    case 'remote':
      return [at('remote'), a, exprTerm(e.module), exprTerm(e.name)];
    case 'fun_ref':
      return [at('fun'), a, [at('function'), at(e.name), e.arity]];
    case 'fun_remote':
      return [at('fun'), a, [at('function'), exprTerm(e.module), exprTerm(e.name), exprTerm(e.arity)]];
    case 'fun':
      return [at('fun'), a, [at('clauses'), listTerm(e.clauses.map(clauseTerm))]];
    case 'named_fun':
      return [at('named_fun'), a, at(e.name), listTerm(e.clauses.map(clauseTerm))];
    case 'block':
      return [at('block'), a, listTerm(e.body.map(exprTerm))];
    case 'case':
      return [at('case'), a, exprTerm(e.expr), listTerm(e.clauses.map(clauseTerm))];
    case 'if':
      return [at('if'), a, listTerm(e.clauses.map(clauseTerm))];
    case 'receive':
      if (e.after === undefined) return [at('receive'), a, listTerm(e.clauses.map(clauseTerm))];
      return [at('receive'), a, listTerm(e.clauses.map(clauseTerm)), exprTerm(e.after.timeout), listTerm(e.after.body.map(exprTerm))];
    case 'try':
      return [
        at('try'),
        a,
        listTerm(e.body.map(exprTerm)),
        listTerm(e.clauses.map(clauseTerm)),
        listTerm(e.catchClauses.map(clauseTerm)),
        listTerm(e.after.map(exprTerm)),
      ];
    case 'catch':
      return [at('catch'), a, exprTerm(e.expr)];
    case 'lc':
    case 'bc':
    case 'mc':
      return [at(e.kind), a, exprTerm(e.expr), listTerm(e.qualifiers.map(qualifierTerm))];
    case 'record':
      return [at('record'), a, at(e.name), listTerm(e.fields.map(fieldTerm))];
    case 'record_update':
      return [at('record'), a, exprTerm(e.record), at(e.name), listTerm(e.fields.map(fieldTerm))];
    case 'record_index':
      return [at('record_index'), a, at(e.name), [at('atom'), annoTerm(e.fieldAnno ?? e), at(e.field)]];
    case 'record_field_access':
      return [at('record_field'), a, exprTerm(e.record), at(e.name), [at('atom'), annoTerm(e.fieldAnno ?? e), at(e.field)]];
  }
}
