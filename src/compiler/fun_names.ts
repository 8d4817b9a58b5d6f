// The names and indexes OTP's compiler gives the funs and comprehensions of
// a module, so that stack traces, erlang:fun_info/2 and printed funs read as
// erl's. Facts from OTP 25's compiler (learnt from v3_core, sys_core_fold,
// v3_kernel and beam_asm; the code is ours):
//
// - v3_core counts, per top-level function and in its own evaluation order,
//   every `fun ... end` (after its clauses: inner funs first), every
//   `fun f/1` and every generator of a comprehension (`lc$^N`, `lbc$^N`,
//   numbered after the comprehension's qualifier expressions, before its
//   element) and a large `after` block. `Lc ++ More` looks at More first;
//   the elements of a tuple or list and the arguments of a call or
//   operator are looked at last first.
//   A fun is '-f/1-fun-N-'.
// - sys_core_fold inlines a fun applied at once, `(fun(X) -> .. end)(A)`,
//   or bound to a variable whose only use is a call right after it
//   (`F = fun .. end, F(A)`), when the arguments are simple terms: such a
//   fun keeps its number but has no frame and no index of its own.
// - v3_kernel lifts a comprehension's generators and named funs into local
//   functions named '-f/1-lc$^N/1-K-' and '-f/1-Name/Arity-K-', K counted
//   per function from 0 (outer generator first).
// - beam_asm numbers funs (the index in #Fun<m.I.U> and fun_info) in code
//   order: the top-level functions in module order, then the lifted
//   functions, the one lifted last first. `fun f/1` shares one entry per f/1.

import type * as ast from '../syntax/ast.js';
import { constantTerm } from './literals.js';
import { walkVars } from './patterns.js';

export interface FunName {
  /** '-f/1-fun-0-' (named funs: '-f/1-Name/1-0-'). */
  name: string;
  /** sys_core_fold inlines it: its code runs in its caller's frame. */
  inlined: boolean;
  /** Its index in the module's fun table (-1 when inlined). */
  index: number;
}

export interface ModuleFunNames {
  funs: Map<ast.Expr, FunName>;
  /** lc/bc node -> the name of each generator's function, outermost first. */
  comps: Map<ast.Expr, string[]>;
  /** `Lc ++ More` with More not a literal: the first generator's function has it as one more argument. */
  withMore: Map<ast.Expr, string>;
  /** Calls of an inlined fun (they must not become tail calls: the caller's frame stands for the fun's). */
  inlinedCalls: Set<ast.Call>;
  /** 'f/1' -> index of `fun f/1`. */
  funRefIndex: Map<string, number>;
  /** How many fun table entries the module has. */
  count: number;
}

/** Something that becomes a function of its own in BEAM code and may make funs. */
interface Container {
  makes: ast.Expr[];
}

const LITERAL = new Set(['atom', 'integer', 'float', 'char', 'string', 'nil', 'term', 'var']);

/** v3_core's safe expressions: nothing to evaluate first. */
function isSafe(e: ast.Expr): boolean {
  if (LITERAL.has(e.kind)) return true;
  if (e.kind === 'cons') return isSafe(e.head) && isSafe(e.tail);
  if (e.kind === 'tuple') return e.elements.every(isSafe);
  return false;
}

/** The first thing v3_core evaluates in `e` (the head of its let chain), or null. */
function firstEvaluated(e: ast.Expr): ast.Expr | null {
  switch (e.kind) {
    case 'call': {
      const parts: ast.Expr[] = [];
      if (e.fn.kind === 'remote') parts.push(e.fn.module, e.fn.name);
      else if (e.fn.kind !== 'atom' && e.fn.kind !== 'var') parts.push(e.fn);
      parts.push(...e.args);
      const first = parts.find((x) => !isSafe(x));
      return first === undefined ? e : firstEvaluated(first);
    }
    case 'match':
      return firstEvaluated(e.expr);
    case 'tuple':
    case 'cons': {
      const parts = e.kind === 'tuple' ? e.elements : [e.head, e.tail];
      const first = parts.find((x) => !isSafe(x));
      return first === undefined ? null : firstEvaluated(first);
    }
    case 'op': {
      if (e.op === 'andalso' || e.op === 'orelse') return isSafe(e.left) ? e : firstEvaluated(e.left);
      const first = [e.left, e.right].find((x) => !isSafe(x));
      return first === undefined ? e : firstEvaluated(first);
    }
    case 'unop':
      return isSafe(e.operand) ? e : firstEvaluated(e.operand);
    case 'case':
      return isSafe(e.expr) ? null : firstEvaluated(e.expr);
    default:
      return LITERAL.has(e.kind) ? null : e;
  }
}

function countVar(nodes: unknown, name: string): number {
  let n = 0;
  walkVars(nodes, (v) => {
    if (v === name) n++;
  });
  return n;
}

/** Is `after` an `after` block v3_core breaks out into a function (more than 20 expressions)? */
function largeAfter(after: ast.Expr[]): boolean {
  let n = 0;
  const count = (x: unknown): void => {
    if (n > 20 || x === null || typeof x !== 'object') return;
    if (Array.isArray(x)) {
      for (const y of x) count(y);
      return;
    }
    const k = (x as { kind?: string }).kind;
    if (k === 'call' || k === 'op' || k === 'unop' || k === 'case' || k === 'match' || k === 'clause') n++;
    for (const [key, v] of Object.entries(x)) if (key !== 'line' && key !== 'col') count(v);
  };
  count(after);
  return n > 20;
}

class FunctionWalk {
  private c = 0;
  private k = 0;
  constructor(
    private readonly owner: string,
    private readonly out: ModuleFunNames,
    /** 'f/1' of the module's functions: `fun length/1` of a BIF is `fun erlang:length/1`. */
    private readonly locals: ReadonlySet<string>,
  ) {}

  body(es: ast.Expr[]): void {
    es.forEach((e, i) => {
      this.inlineBound(e, es.slice(i + 1));
      this.expr(e);
    });
  }

  /** `F = fun .. end, F(..)`: the fun whose only use is a call right after it is inlined. */
  private inlineBound(e: ast.Expr, rest: ast.Expr[]): void {
    if (e.kind !== 'match' || e.pattern.kind !== 'var' || e.expr.kind !== 'fun' || rest.length === 0) return;
    const v = e.pattern.name;
    const first = firstEvaluated(rest[0]!);
    if (first === null || first.kind !== 'call' || first.fn.kind !== 'var' || first.fn.name !== v) return;
    if (!first.args.every(isSafe) || first.args.length !== e.expr.clauses[0]!.patterns.length) return;
    if (countVar(rest, v) !== 1) return;
    this.inlined.add(e.expr);
    this.out.inlinedCalls.add(first);
  }

  private readonly inlined = new Set<ast.Expr>();

  private clauses(cs: ast.Clause[]): void {
    for (const c of cs) this.body(c.body);
  }

  private fun(e: ast.FunClauses | ast.NamedFun): void {
    const named = e.kind === 'named_fun';
    const k = named ? this.k++ : 0;
    const inlined = this.inlined.has(e);
    this.clauses(e.clauses);
    const n = this.c++;
    const arity = e.clauses[0]?.patterns.length ?? 0;
    const name = named ? `-${this.owner}-${e.name}/${arity}-${k}-` : `-${this.owner}-fun-${n}-`;
    this.out.funs.set(e, { name, inlined, index: -1 });
  }

  private comprehension(e: ast.ListComp | ast.BinComp, more: ast.Expr | null): void {
    if (more !== null) {
      this.expr(more);
      if (!isSafe(more) || more.kind === 'var') this.out.withMore.set(e, more.kind === 'var' ? more.name : '\u0000more');
    }
    const gens = e.qualifiers.filter((q): q is ast.Generator => q.kind === 'generate' || q.kind === 'b_generate' || q.kind === 'm_generate');
    for (const q of e.qualifiers) {
      this.expr(q.kind === 'generate' || q.kind === 'b_generate' || q.kind === 'm_generate' ? (q as ast.Generator).expr : (q as ast.Expr));
    }
    const kind = e.kind === 'lc' ? 'lc' : 'lbc';
    const arity = e.kind === 'lc' ? 1 : 2;
    this.out.comps.set(
      e,
      gens.map(() => `-${this.owner}-${kind}$^${this.c++}/${arity}-${this.k++}-`),
    );
    this.expr(e.expr);
  }

  /** v3_core's safe_list: the arguments of a call or operator, a tuple's elements, a cons' head and tail, last first. */
  private exprs(es: ast.Expr[]): void {
    for (let i = es.length - 1; i >= 0; i--) this.expr(es[i]!);
  }

  expr(e: ast.Expr): void {
    // A constant has no funs (constantTerm is iterative: long or deep literals cost no recursion).
    if (constantTerm(e) !== undefined) return;
    switch (e.kind) {
      case 'cons': {
        // Tail first, then the heads from the last: a long list is a loop.
        const heads: ast.Expr[] = [];
        let t: ast.Expr = e;
        while (t.kind === 'cons') {
          heads.push(t.head);
          t = t.tail;
        }
        this.expr(t);
        for (let i = heads.length - 1; i >= 0; i--) this.expr(heads[i]!);
        return;
      }
      case 'tuple':
        this.exprs(e.elements);
        return;
      case 'map':
        for (const a of e.assocs) {
          this.expr(a.key);
          this.expr(a.value);
        }
        return;
      case 'map_update':
        this.expr(e.map);
        for (const a of e.assocs) {
          this.expr(a.key);
          this.expr(a.value);
        }
        return;
      case 'bin':
        for (const el of e.elements) {
          this.expr(el.value);
          if (el.size !== 'default') this.expr(el.size);
        }
        return;
      case 'match':
        this.expr(e.expr);
        return;
      case 'op': {
        if (e.op === '++' && e.left.kind === 'lc') {
          this.comprehension(e.left, e.right);
          return;
        }
        if (e.op === 'andalso' || e.op === 'orelse') {
          this.expr(e.left);
          this.expr(e.right);
          return;
        }
        // Right operand first; a long left-nested chain (X + X + ...) is a loop.
        let t: ast.Expr = e;
        while (t.kind === 'op' && t.op !== 'andalso' && t.op !== 'orelse' && !(t.op === '++' && t.left.kind === 'lc')) {
          this.expr(t.right);
          t = t.left;
        }
        this.expr(t);
        return;
      }
      case 'unop':
        this.expr(e.operand);
        return;
      case 'call': {
        const f = e.fn;
        if (f.kind === 'fun' && e.args.every(isSafe) && f.clauses[0]!.patterns.length === e.args.length) {
          this.inlined.add(f);
          this.out.inlinedCalls.add(e);
        }
        if (f.kind === 'remote') this.exprs([f.module, f.name, ...e.args]);
        else {
          if (f.kind !== 'atom') this.expr(f);
          this.exprs(e.args);
        }
        return;
      }
      case 'fun_ref':
        if (this.locals.has(`${e.name}/${e.arity}`)) this.c++;
        return;
      case 'fun_remote':
        this.exprs([e.module, e.name, e.arity]);
        return;
      case 'fun':
      case 'named_fun':
        this.fun(e);
        return;
      case 'block':
        this.body(e.body);
        return;
      case 'case':
        this.expr(e.expr);
        this.clauses(e.clauses);
        return;
      case 'if':
        this.clauses(e.clauses);
        return;
      case 'receive':
        if (e.after !== undefined) {
          this.expr(e.after.timeout);
          this.body(e.after.body);
        }
        this.clauses(e.clauses);
        return;
      case 'try':
        this.body(e.body);
        this.clauses(e.clauses);
        this.clauses(e.catchClauses);
        if (e.after.length > 0) {
          this.body(e.after);
          if (largeAfter(e.after)) this.c++;
        }
        return;
      case 'catch':
        this.expr(e.expr);
        return;
      case 'lc':
      case 'bc':
        this.comprehension(e, null);
        return;
      case 'mc': {
        for (const q of e.qualifiers)
          this.expr(q.kind === 'generate' || q.kind === 'b_generate' || q.kind === 'm_generate' ? (q as ast.Generator).expr : (q as ast.Expr));
        const x = e.expr as ast.Expr | ast.MapAssoc;
        if (x.kind === 'map_field_assoc' || x.kind === 'map_field_exact') {
          this.expr(x.key);
          this.expr(x.value);
        } else this.expr(x as ast.Expr);
        return;
      }
      case 'record':
        for (const f of e.fields) this.expr(f.value);
        return;
      case 'record_update':
        this.expr(e.record);
        for (const f of e.fields) this.expr(f.value);
        return;
      case 'record_field_access':
        this.expr(e.record);
        return;
      default:
        return;
    }
  }
}

/**
 * Where BEAM makes each fun: the functions it runs in, the top-level ones
 * and those lifted out of funs and comprehensions, walked in code order.
 */
class IndexWalk {
  private container: Container;
  constructor(
    private readonly out: ModuleFunNames,
    top: Container,
    /** Lifted functions in the order v3_kernel lifts them (inner ones first). */
    private readonly lifted: Container[],
    private readonly locals: ReadonlySet<string>,
  ) {
    this.container = top;
  }

  /** A body: a fun whose value is dropped is dropped with it (all of an `after` body's values are). */
  private body(es: ast.Expr[], dropped = false): void {
    es.forEach((e, i) => {
      if ((dropped || i < es.length - 1) && e.kind === 'fun') return;
      // `F = fun .. end` with F never used: the binding goes, and the fun.
      if (e.kind === 'match' && e.pattern.kind === 'var' && e.expr.kind === 'fun' && countVar(es.slice(i + 1), e.pattern.name) === 0) return;
      this.visit(e);
    });
  }

  private within(c: Container, body: () => void): void {
    const outer = this.container;
    this.container = c;
    body();
    this.container = outer;
  }

  visit(x: unknown): void {
    if (x === null || typeof x !== 'object') return;
    if (Array.isArray(x)) {
      for (const y of x) this.visit(y);
      return;
    }
    if ((x as { kind?: string }).kind === 'clause') {
      this.body((x as ast.Clause).body);
      return;
    }
    const e = x as ast.Expr;
    if (typeof e.kind === 'string' && constantTerm(e) !== undefined) return;
    switch (e.kind) {
      case 'cons': {
        let t: ast.Expr = e;
        while (t.kind === 'cons') {
          this.visit(t.head);
          t = t.tail;
        }
        this.visit(t);
        return;
      }
      case 'fun_ref':
        if (this.locals.has(`${e.name}/${e.arity}`)) this.container.makes.push(e);
        return;
      case 'fun':
      case 'named_fun': {
        if (this.out.funs.get(e)?.inlined === true) {
          this.visit(e.clauses);
          return;
        }
        this.container.makes.push(e);
        const inner: Container = { makes: [] };
        this.within(inner, () => this.visit(e.clauses));
        this.lifted.push(inner);
        return;
      }
      case 'block':
        this.body(e.body);
        return;
      case 'try':
        this.body(e.body);
        this.visit(e.clauses);
        // A body that cannot fail has its try removed, handlers and all.
        if (!e.body.every((b) => isSafe(b) || b.kind === 'fun' || b.kind === 'fun_ref')) this.visit(e.catchClauses);
        this.body(e.after, true);
        return;
      case 'receive':
        this.visit(e.clauses);
        if (e.after !== undefined) {
          this.visit(e.after.timeout);
          this.body(e.after.body);
        }
        return;
      case 'op':
        // Lc ++ More: More is evaluated first.
        if (e.op === '++' && e.left.kind === 'lc') this.visit([e.right, e.left]);
        else {
          // The left operand first; a long left-nested chain (X + X + ...) is a loop.
          const rights: ast.Expr[] = [];
          let t: ast.Expr = e;
          while (t.kind === 'op' && !(t.op === '++' && t.left.kind === 'lc')) {
            rights.push(t.right);
            t = t.left;
          }
          this.visit(t);
          for (let i = rights.length - 1; i >= 0; i--) this.visit(rights[i]!);
        }
        return;
      case 'lc':
      case 'bc': {
        // Each generator's function holds the qualifiers after it, up to the next generator's expression, and the
        // innermost one the element.
        const levels: Container[] = [];
        for (const q of e.qualifiers) {
          if (q.kind === 'generate' || q.kind === 'b_generate' || q.kind === 'm_generate') {
            this.within(levels[levels.length - 1] ?? this.container, () => this.visit((q as ast.Generator).expr));
            levels.push({ makes: [] });
          } else this.within(levels[levels.length - 1] ?? this.container, () => this.visit(q));
        }
        this.within(levels[levels.length - 1] ?? this.container, () => this.visit(e.expr));
        for (let i = levels.length - 1; i >= 0; i--) this.lifted.push(levels[i]!);
        return;
      }
      default:
        for (const [key, v] of Object.entries(e)) if (key !== 'line' && key !== 'col' && typeof v === 'object') this.visit(v);
    }
  }
}

/** The OTP names and indexes of every fun and comprehension of a module's functions. */
export function nameModuleFuns(fns: ast.FunctionDef[], locals: ReadonlySet<string>): ModuleFunNames {
  const out: ModuleFunNames = { funs: new Map(), comps: new Map(), withMore: new Map(), inlinedCalls: new Set(), funRefIndex: new Map(), count: 0 };
  for (const f of fns) {
    const w = new FunctionWalk(`${f.name}/${f.arity}`, out, locals);
    for (const c of f.clauses) w.body(c.body);
  }
  const tops: Container[] = [];
  const completed: Container[] = [];
  for (const f of fns) {
    const top: Container = { makes: [] };
    tops.push(top);
    new IndexWalk(out, top, completed, locals).visit(f.clauses);
  }
  let next = 0;
  for (const c of [...tops, ...completed.reverse()]) {
    for (const e of c.makes) {
      if (e.kind === 'fun_ref') {
        const key = `${e.name}/${e.arity}`;
        if (!out.funRefIndex.has(key)) out.funRefIndex.set(key, next++);
      } else {
        const f = out.funs.get(e);
        if (f !== undefined && !f.inlined) f.index = next++;
      }
    }
  }
  out.count = next;
  return out;
}
