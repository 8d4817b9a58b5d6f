// Record expansion (what erl_expand_records does): after it, the code
// generator sees only tuples, element/setelement calls and case expressions.
//
//   #r{a = 1}          {r, 1, <default of b>}
//   #r{a = P} pattern  {r, P, _}
//   #r.a               2
//   X#r.a (body)       case X of {r, V, _} -> V; V -> erlang:error({badrecord, V}) end
//   X#r.a (guard)      erlang:is_record(X, r, 3) andalso element(2, X)
//   X#r{a = 1}         case X of {r, _1, _2} -> {r, 1, _2}; V -> erlang:error({badrecord, V}) end
//   is_record(X, r)    erlang:is_record(X, r, 3)
//   record_info(size, r), record_info(fields, r)   constants
//
// As in OTP 25, a failed record test raises {badrecord, Value}. Helper
// variables are lowercase names ("rec0"...), which no source variable can be.

import type { Clause, Expr, Form, Qualifier, RecordFieldInit } from '../syntax/ast.js';
import type { RecordInfo } from './lint/state.js';

export type { RecordInfo } from './lint/state.js';

type Loc = { line: number; col: number };

export function expandRecords(forms: Form[], records: Map<string, RecordInfo>): Form[] {
  const x = new Expander(records);
  return forms.filter((f) => f.kind !== 'record_def').map((f) => (f.kind === 'function' ? { ...f, clauses: f.clauses.map((c) => x.clause(c)) } : f));
}

export function expandRecordsInExprs(exprs: Expr[], records: Map<string, RecordInfo>): Expr[] {
  const x = new Expander(records);
  return exprs.map((e) => x.expr(e));
}

/** A guard's record field accesses, each needing an is_record test first. */
interface GuardTest {
  subject: Expr;
  name: string;
  size: number;
}

class Expander {
  private counter = 0;
  /** Set while expanding a guard test: where field accesses collect their tests. */
  private guardTests: GuardTest[] | null = null;

  constructor(private readonly records: Map<string, RecordInfo>) {}

  private rec(name: string): RecordInfo {
    const r = this.records.get(name);
    if (!r) throw new Error(`record ${name} undefined`);
    return r;
  }

  private freshVar(at: Loc): Expr {
    return { kind: 'var', name: `rec${this.counter++}`, line: at.line, col: at.col };
  }

  private index(r: RecordInfo, field: string): number {
    const i = r.fields.findIndex((f) => f.name === field);
    if (i < 0) throw new Error(`field ${field} undefined in record ${r.name}`);
    return i + 2;
  }

  clause(c: Clause): Clause {
    return {
      ...c,
      patterns: c.patterns.map((p) => this.pattern(p)),
      guards: c.guards.map((alt) => alt.map((g) => this.guardTest(g))),
      body: c.body.map((e) => this.expr(e)),
    };
  }

  private guardTest(g: Expr): Expr {
    const saved = this.guardTests;
    this.guardTests = [];
    let out = this.expr(g);
    const tests = this.guardTests;
    this.guardTests = saved;
    for (let i = tests.length - 1; i >= 0; i--) {
      const t = tests[i]!;
      out = { kind: 'op', op: 'andalso', left: isRecordCall(t.subject, t.name, t.size, g), right: out, line: g.line, col: g.col };
    }
    return out;
  }

  pattern(p: Expr): Expr {
    switch (p.kind) {
      case 'record': {
        const r = this.rec(p.name);
        const wild = p.fields.find((f) => f.field === '_');
        const elements = r.fields.map((d): Expr => {
          const given = p.fields.find((f) => f.field === d.name);
          if (given) return this.pattern(given.value);
          return wild ? this.pattern(wild.value) : { kind: 'var', name: '_', line: p.line, col: p.col };
        });
        return { kind: 'tuple', elements: [atomAt(p.name, p), ...elements], line: p.line, col: p.col };
      }
      case 'record_index':
        return { kind: 'integer', value: this.index(this.rec(p.name), p.field), line: p.line, col: p.col };
      case 'cons':
        return consSpine(p, (x) => this.pattern(x));
      case 'tuple':
        return { ...p, elements: p.elements.map((e) => this.pattern(e)) };
      case 'map':
        return { ...p, assocs: p.assocs.map((a) => ({ ...a, key: this.expr(a.key), value: this.pattern(a.value) })) };
      case 'match':
        return { ...p, pattern: this.pattern(p.pattern), expr: this.pattern(p.expr) };
      case 'bin':
        return {
          ...p,
          elements: p.elements.map((el) => ({ ...el, value: this.pattern(el.value), size: el.size === 'default' ? el.size : this.expr(el.size) })),
        };
      case 'op':
        return opSpine(p, (x) => this.pattern(x));
      default:
        return p;
    }
  }

  expr(e: Expr): Expr {
    switch (e.kind) {
      case 'record':
        return this.recordNew(e.name, e.fields, e);
      case 'record_index':
        return { kind: 'integer', value: this.index(this.rec(e.name), e.field), line: e.line, col: e.col };
      case 'record_field_access':
        return this.fieldAccess(this.expr(e.record), e.name, e.field, e);
      case 'record_update':
        return this.update(this.expr(e.record), e.name, e.fields, e);
      case 'call':
        return this.call(e);
      case 'cons':
        return consSpine(e, (x) => this.expr(x));
      case 'tuple':
        return { ...e, elements: e.elements.map((x) => this.expr(x)) };
      case 'map':
        return { ...e, assocs: e.assocs.map((a) => ({ ...a, key: this.expr(a.key), value: this.expr(a.value) })) };
      case 'map_update':
        return { ...e, map: this.expr(e.map), assocs: e.assocs.map((a) => ({ ...a, key: this.expr(a.key), value: this.expr(a.value) })) };
      case 'bin':
        return { ...e, elements: e.elements.map((el) => ({ ...el, value: this.expr(el.value), size: el.size === 'default' ? el.size : this.expr(el.size) })) };
      case 'match':
        return { ...e, pattern: this.pattern(e.pattern), expr: this.expr(e.expr) };
      case 'op':
        return opSpine(e, (x) => this.expr(x));
      case 'unop':
        return { ...e, operand: this.expr(e.operand) };
      case 'remote':
        return { ...e, module: this.expr(e.module), name: this.expr(e.name) };
      case 'fun_remote':
        return { ...e, module: this.expr(e.module), name: this.expr(e.name), arity: this.expr(e.arity) };
      case 'fun':
        return { ...e, clauses: this.outsideGuard(() => e.clauses.map((c) => this.clause(c))) };
      case 'named_fun':
        return { ...e, clauses: this.outsideGuard(() => e.clauses.map((c) => this.clause(c))) };
      case 'block':
        return { ...e, body: e.body.map((x) => this.expr(x)) };
      case 'case':
        return { ...e, expr: this.expr(e.expr), clauses: e.clauses.map((c) => this.clause(c)) };
      case 'if':
        return { ...e, clauses: e.clauses.map((c) => this.clause(c)) };
      case 'receive':
        return {
          ...e,
          clauses: e.clauses.map((c) => this.clause(c)),
          ...(e.after ? { after: { timeout: this.expr(e.after.timeout), body: e.after.body.map((x) => this.expr(x)) } } : {}),
        };
      case 'try':
        return {
          ...e,
          body: e.body.map((x) => this.expr(x)),
          clauses: e.clauses.map((c) => this.clause(c)),
          catchClauses: e.catchClauses.map((c) => this.clause(c)),
          after: e.after.map((x) => this.expr(x)),
        };
      case 'catch':
        return { ...e, expr: this.expr(e.expr) };
      case 'lc':
      case 'bc':
      case 'mc':
        return { ...e, expr: this.expr(e.expr), qualifiers: e.qualifiers.map((q) => this.qualifier(q)) };
      default:
        return e;
    }
  }

  private outsideGuard<T>(f: () => T): T {
    const saved = this.guardTests;
    this.guardTests = null;
    try {
      return f();
    } finally {
      this.guardTests = saved;
    }
  }

  private qualifier(q: Qualifier): Qualifier {
    if (q.kind === 'generate' || q.kind === 'b_generate' || q.kind === 'm_generate') {
      return { ...q, pattern: this.pattern(q.pattern), expr: this.expr(q.expr) };
    }
    return this.expr(q as Expr);
  }

  private recordNew(name: string, fields: RecordFieldInit[], at: Loc): Expr {
    const r = this.rec(name);
    const wild = fields.find((f) => f.field === '_');
    const elements = r.fields.map((d) => {
      const given = fields.find((f) => f.field === d.name);
      return this.expr(given ? given.value : wild ? wild.value : d.default);
    });
    return { kind: 'tuple', elements: [atomAt(name, at), ...elements], line: at.line, col: at.col };
  }

  private fieldAccess(subject: Expr, name: string, field: string, at: Loc): Expr {
    const r = this.rec(name);
    const i = this.index(r, field);
    const size = r.fields.length + 1;
    if (this.guardTests !== null) {
      this.guardTests.push({ subject, name, size });
      return remoteCall('element', [int(i, at), subject], at);
    }
    const v = this.freshVar(at);
    const elements: Expr[] = [atomAt(name, at)];
    for (let k = 2; k <= size; k++) elements.push(k === i ? v : underscore(at));
    return {
      kind: 'case',
      expr: subject,
      line: at.line,
      col: at.col,
      clauses: [clauseOf([{ kind: 'tuple', elements, line: at.line, col: at.col }], [v], at), clauseOf([v], [badrecord(v, at)], at)],
    };
  }

  private update(subject: Expr, name: string, fields: RecordFieldInit[], at: Loc): Expr {
    const r = this.rec(name);
    // Update values are evaluated first, then the record expression, once.
    const pre: Expr[] = [];
    const values = new Map<string, Expr>();
    for (const f of fields) {
      const val = this.expr(f.value);
      if (isSimple(val)) values.set(f.field, val);
      else {
        const v = this.freshVar(f);
        pre.push({ kind: 'match', pattern: v, expr: val, line: f.line, col: f.col });
        values.set(f.field, v);
      }
    }
    const recVar = this.freshVar(at);
    const olds = r.fields.map(() => this.freshVar(at));
    const news = r.fields.map((d, k) => values.get(d.name) ?? olds[k]!);
    const failVar = this.freshVar(at);
    const update: Expr = {
      kind: 'case',
      expr: recVar,
      line: at.line,
      col: at.col,
      clauses: [
        clauseOf(
          [{ kind: 'tuple', elements: [atomAt(name, at), ...olds], line: at.line, col: at.col }],
          [{ kind: 'tuple', elements: [atomAt(name, at), ...news], line: at.line, col: at.col }],
          at,
        ),
        clauseOf([failVar], [badrecord(failVar, at)], at),
      ],
    };
    return { kind: 'block', body: [...pre, { kind: 'match', pattern: recVar, expr: subject, line: at.line, col: at.col }, update], line: at.line, col: at.col };
  }

  private call(e: Expr & { kind: 'call' }): Expr {
    const fn = e.fn;
    const a = e.args;
    const isLocal = (n: string) => fn.kind === 'atom' && fn.value === n;
    const isErlang = (n: string) =>
      fn.kind === 'remote' && fn.module.kind === 'atom' && fn.module.value === 'erlang' && fn.name.kind === 'atom' && fn.name.value === n;
    if ((isLocal('is_record') || isErlang('is_record')) && a.length === 2 && a[1]!.kind === 'atom' && this.records.has(a[1]!.value)) {
      const r = this.rec(a[1].value);
      return isRecordCall(this.expr(a[0]!), r.name, r.fields.length + 1, e);
    }
    if (isLocal('record_info') && a.length === 2 && a[0]!.kind === 'atom' && a[1]!.kind === 'atom') {
      const r = this.rec(a[1].value);
      if (a[0].value === 'size') return int(r.fields.length + 1, e);
      let out: Expr = { kind: 'nil', line: e.line, col: e.col };
      for (let k = r.fields.length - 1; k >= 0; k--) out = { kind: 'cons', head: atomAt(r.fields[k]!.name, e), tail: out, line: e.line, col: e.col };
      return out;
    }
    return { ...e, fn: this.expr(fn), args: a.map((x) => this.expr(x)) };
  }
}

const atomAt = (value: string, at: Loc): Expr => ({ kind: 'atom', value, line: at.line, col: at.col });
const int = (value: number, at: Loc): Expr => ({ kind: 'integer', value, line: at.line, col: at.col });
const underscore = (at: Loc): Expr => ({ kind: 'var', name: '_', line: at.line, col: at.col });

function remoteCall(name: string, args: Expr[], at: Loc): Expr {
  return {
    kind: 'call',
    line: at.line,
    col: at.col,
    args,
    fn: { kind: 'remote', module: atomAt('erlang', at), name: atomAt(name, at), line: at.line, col: at.col },
  };
}

function isRecordCall(subject: Expr, name: string, size: number, at: Loc): Expr {
  return remoteCall('is_record', [subject, atomAt(name, at), int(size, at)], at);
}

function badrecord(v: Expr, at: Loc): Expr {
  return remoteCall('error', [{ kind: 'tuple', elements: [atomAt('badrecord', at), v], line: at.line, col: at.col }], at);
}

function clauseOf(patterns: Expr[], body: Expr[], at: Loc): Clause {
  return { kind: 'clause', patterns, guards: [], body, line: at.line, col: at.col };
}

function isSimple(e: Expr): boolean {
  return ['var', 'atom', 'integer', 'float', 'char', 'string', 'nil'].includes(e.kind);
}

/**
 * A list rebuilt with `f` applied to its elements and final tail, along the
 * tail iteratively: a long list is a cons chain as deep as it is long.
 */
function consSpine(e: Expr & { kind: 'cons' }, f: (x: Expr) => Expr): Expr {
  const cells: (Expr & { kind: 'cons' })[] = [];
  const heads: Expr[] = [];
  let c: Expr = e;
  for (; c.kind === 'cons'; c = c.tail) {
    cells.push(c);
    heads.push(f(c.head));
  }
  let out = f(c);
  for (let i = cells.length - 1; i >= 0; i--) out = { ...cells[i]!, head: heads[i]!, tail: out };
  return out;
}

/** An operator chain (1+1+...+1 nests on the left, A ++ B ++ ... on the right) rebuilt with `f` on its operands, iteratively. */
function opSpine(e: Expr & { kind: 'op' }, f: (x: Expr) => Expr): Expr {
  if (e.left.kind === 'op') {
    const spine: (Expr & { kind: 'op' })[] = [e];
    for (let l: Expr = e.left; l.kind === 'op'; l = l.left) spine.push(l);
    let out = f(spine[spine.length - 1]!.left);
    for (let i = spine.length - 1; i >= 0; i--) out = { ...spine[i]!, left: out, right: f(spine[i]!.right) };
    return out;
  }
  const spine: (Expr & { kind: 'op' })[] = [e];
  const lefts: Expr[] = [f(e.left)];
  let r = e.right;
  for (; r.kind === 'op' && r.left.kind !== 'op'; r = r.right) {
    spine.push(r);
    lefts.push(f(r.left));
  }
  let out = f(r);
  for (let i = spine.length - 1; i >= 0; i--) out = { ...spine[i]!, left: lefts[i]!, right: out };
  return out;
}
