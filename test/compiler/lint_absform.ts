// Test helper: turns the JSON dump of real erl's abstract format (see
// lint_dump_forms.escript) into our AST, so lint tests run on exactly the
// forms erl_lint sees, before our own parser exists.

import type { BinElement, BinTypeSpec, Clause, Expr, Form, MapAssoc, Qualifier, RecordFieldDef, RecordFieldInit } from '../../src/syntax/ast.js';

type J = number | null | J[] | { a: string } | { t: J[] } | { f: number } | { i: string } | { b: string };

const isAtom = (j: J | undefined): j is { a: string } => typeof j === 'object' && j !== null && !Array.isArray(j) && 'a' in j;
const isTuple = (j: J | undefined): j is { t: J[] } => typeof j === 'object' && j !== null && !Array.isArray(j) && 't' in j;
const atom = (j: J | undefined): string => {
  if (!isAtom(j)) throw new Error(`expected atom: ${JSON.stringify(j)}`);
  return j.a;
};
const tup = (j: J | undefined): J[] => {
  if (!isTuple(j)) throw new Error(`expected tuple: ${JSON.stringify(j)}`);
  return j.t;
};
const list = (j: J | undefined): J[] => {
  if (!Array.isArray(j)) throw new Error(`expected list: ${JSON.stringify(j)}`);
  return j;
};

function anno(j: J | undefined): { line: number; col: number } {
  if (typeof j === 'number') return { line: j, col: 0 };
  if (isTuple(j)) return { line: j.t[0] as number, col: j.t[1] as number };
  if (Array.isArray(j)) {
    for (const item of j) {
      if (isTuple(item) && atom(item.t[0]) === 'location') return anno(item.t[1]);
    }
  }
  return { line: 0, col: 0 };
}

function int(j: J | undefined): number | bigint {
  if (typeof j === 'number') return j;
  if (typeof j === 'object' && j !== null && 'i' in j) return BigInt(j.i);
  throw new Error('expected integer');
}

export function formsFromJson(text: string, file: string): Form[] {
  return list(JSON.parse(text) as J).map((j) => form(j, file));
}

function form(j: J | undefined, file: string): Form {
  const t = tup(j);
  const tag = atom(t[0]);
  switch (tag) {
    case 'attribute': {
      const a = anno(t[1]);
      const name = atom(t[2]);
      const v = t[3];
      switch (name) {
        case 'module':
          return { kind: 'module', name: atom(v), ...a };
        case 'export':
          return { kind: 'export', functions: list(v).map(fa), ...a };
        case 'import': {
          const [m, fs] = tup(v);
          return { kind: 'import', module: atom(m), functions: list(fs).map(fa), ...a };
        }
        case 'file': {
          const [f, l] = tup(v);
          return { kind: 'file', file: charList(f), fileLine: l as number, ...a };
        }
        case 'record': {
          const [n, fs] = tup(v);
          return { kind: 'record_def', name: atom(n), fields: list(fs).map(recordFieldDef), ...a };
        }
        default:
          return { kind: 'attribute', name, value: ['spec', 'type', 'opaque', 'callback'].includes(name) ? null : termExpr(v, a), ...a };
      }
    }
    case 'function': {
      const a = anno(t[1]);
      return { kind: 'function', name: atom(t[2]), arity: t[3] as number, clauses: list(t[4]).map(clause), ...a };
    }
    case 'error':
    case 'warning': {
      const [loc, mod, desc] = tup(t[1]);
      void mod;
      return { kind: tag, file, message: charList(desc), ...anno(loc) };
    }
    case 'eof':
      return { kind: 'eof', ...anno(t[1]) };
  }
  throw new Error(`unknown form ${tag}`);
}

const charList = (j: J | undefined): string =>
  list(j)
    .map((c) => String.fromCodePoint(c as number))
    .join('');

function fa(j: J | undefined): [string, number] {
  const [f, a] = tup(j);
  return [atom(f), a as number];
}

function recordFieldDef(j: J | undefined): RecordFieldDef {
  let t = tup(j);
  if (atom(t[0]) === 'typed_record_field') t = tup(t[1]);
  const fieldAtom = tup(t[2]);
  return { name: atom(fieldAtom[2]), ...anno(t[1]), ...(t.length > 3 ? { default: expr(t[3]) } : {}) };
}

/** An attribute's value (a plain term) written as an expression. */
function termExpr(j: J | undefined, a: { line: number; col: number }): Expr {
  if (isAtom(j)) return { kind: 'atom', value: j.a, ...a };
  if (typeof j === 'number') return { kind: 'integer', value: j, ...a };
  if (isTuple(j)) return { kind: 'tuple', elements: j.t.map((x) => termExpr(x, a)), ...a };
  if (Array.isArray(j)) {
    let out: Expr = { kind: 'nil', ...a };
    for (let i = j.length - 1; i >= 0; i--) out = { kind: 'cons', head: termExpr(j[i], a), tail: out, ...a };
    return out;
  }
  return { kind: 'nil', ...a };
}

function clause(j: J | undefined): Clause {
  const [, an, ps, gs, body] = tup(j);
  return {
    kind: 'clause',
    ...anno(an),
    patterns: list(ps).map(expr),
    guards: list(gs).map((g) => list(g).map(expr)),
    body: list(body).map(expr),
  };
}

function fieldInit(j: J | undefined): RecordFieldInit {
  const [, an, f, v] = tup(j);
  const ft = tup(f);
  const name = atom(ft[0]) === 'var' ? atom(ft[2]) : atom(ft[2]);
  return { kind: 'record_field', field: name, value: expr(v), ...anno(an) };
}

function assoc(j: J | undefined): MapAssoc {
  const [k, an, key, value] = tup(j);
  return { kind: atom(k) as MapAssoc['kind'], key: expr(key), value: expr(value), ...anno(an) };
}

function binElement(j: J | undefined): BinElement {
  const [, an, v, size, types] = tup(j);
  return {
    kind: 'bin_element',
    ...anno(an),
    value: expr(v),
    size: isAtom(size) && size.a === 'default' ? 'default' : expr(size),
    types: isAtom(types) ? 'default' : list(types).map((x): BinTypeSpec => (isAtom(x) ? x.a : { unit: tup(x)[1] as number })),
  };
}

function qualifier(j: J | undefined): Qualifier {
  const t = tup(j);
  const tag = atom(t[0]);
  if (tag === 'generate' || tag === 'b_generate' || tag === 'm_generate') {
    return { kind: tag, pattern: expr(t[2]), expr: expr(t[3]), ...anno(t[1]) };
  }
  return expr(j);
}

export function expr(j: J | undefined): Expr {
  const t = tup(j);
  const tag = atom(t[0]);
  const a = anno(t[1]);
  switch (tag) {
    case 'atom':
      return { kind: 'atom', value: atom(t[2]), ...a };
    case 'integer':
      return { kind: 'integer', value: int(t[2]), ...a };
    case 'float':
      return { kind: 'float', value: (t[2] as { f: number }).f, ...a };
    case 'char':
      return { kind: 'char', value: t[2] as number, ...a };
    case 'string':
      return { kind: 'string', value: list(t[2]) as number[], ...a };
    case 'var':
      return { kind: 'var', name: atom(t[2]), ...a };
    case 'nil':
      return { kind: 'nil', ...a };
    case 'cons':
      return { kind: 'cons', head: expr(t[2]), tail: expr(t[3]), ...a };
    case 'tuple':
      return { kind: 'tuple', elements: list(t[2]).map(expr), ...a };
    case 'map':
      return t.length === 3
        ? { kind: 'map', assocs: list(t[2]).map(assoc), ...a }
        : { kind: 'map_update', map: expr(t[2]), assocs: list(t[3]).map(assoc), ...a };
    case 'bin':
      return { kind: 'bin', elements: list(t[2]).map(binElement), ...a };
    case 'match':
      return { kind: 'match', pattern: expr(t[2]), expr: expr(t[3]), ...a };
    case 'op':
      return t.length === 4
        ? { kind: 'unop', op: atom(t[2]), operand: expr(t[3]), ...a }
        : { kind: 'op', op: atom(t[2]), left: expr(t[3]), right: expr(t[4]), ...a };
    case 'call':
      return { kind: 'call', fn: expr(t[2]), args: list(t[3]).map(expr), ...a };
    case 'remote':
      return { kind: 'remote', module: expr(t[2]), name: expr(t[3]), ...a };
    case 'fun': {
      const body = tup(t[2]);
      const k = atom(body[0]);
      if (k === 'clauses') return { kind: 'fun', clauses: list(body[1]).map(clause), ...a };
      if (k === 'function' && body.length === 3) return { kind: 'fun_ref', name: atom(body[1]), arity: body[2] as number, ...a };
      return { kind: 'fun_remote', module: expr(body[1]), name: expr(body[2]), arity: expr(body[3]), ...a };
    }
    case 'named_fun':
      return { kind: 'named_fun', name: atom(t[2]), clauses: list(t[3]).map(clause), ...a };
    case 'block':
      return { kind: 'block', body: list(t[2]).map(expr), ...a };
    case 'case':
      return { kind: 'case', expr: expr(t[2]), clauses: list(t[3]).map(clause), ...a };
    case 'if':
      return { kind: 'if', clauses: list(t[2]).map(clause), ...a };
    case 'receive':
      return t.length === 3
        ? { kind: 'receive', clauses: list(t[2]).map(clause), ...a }
        : { kind: 'receive', clauses: list(t[2]).map(clause), after: { timeout: expr(t[3]), body: list(t[4]).map(expr) }, ...a };
    case 'try':
      return {
        kind: 'try',
        body: list(t[2]).map(expr),
        clauses: list(t[3]).map(clause),
        catchClauses: list(t[4]).map(clause),
        after: list(t[5]).map(expr),
        ...a,
      };
    case 'catch':
      return { kind: 'catch', expr: expr(t[2]), ...a };
    case 'lc':
      return { kind: 'lc', expr: expr(t[2]), qualifiers: list(t[3]).map(qualifier), ...a };
    case 'bc':
      return { kind: 'bc', expr: expr(t[2]), qualifiers: list(t[3]).map(qualifier), ...a };
    case 'record_index': {
      const f = tup(t[3]);
      const fa = anno(f[1]);
      return { kind: 'record_index', name: atom(t[2]), field: atom(f[2]), ...a, fieldLine: fa.line, fieldCol: fa.col } as Expr;
    }
    case 'record':
      return t.length === 4
        ? { kind: 'record', name: atom(t[2]), fields: list(t[3]).map(fieldInit), ...a }
        : { kind: 'record_update', record: expr(t[2]), name: atom(t[3]), fields: list(t[4]).map(fieldInit), ...a };
    case 'record_field': {
      const f = tup(t[4]);
      const fa = anno(f[1]);
      return {
        kind: 'record_field_access',
        record: expr(t[2]),
        name: atom(t[3]),
        field: atom(f[2]),
        ...a,
        fieldLine: fa.line,
        fieldCol: fa.col,
      } as Expr;
    }
  }
  throw new Error(`unknown expression ${tag}`);
}
