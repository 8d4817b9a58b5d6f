// The warnings OTP's sys_core_fold gives when it evaluates constant code:
// a BIF or operator applied to literals that will fail ("the call to
// element/2 will fail with a 'badarg' exception"), and a clause whose guard
// folds to false ("this clause cannot match because its guard evaluates to
// 'false'": `if 3 > 7 -> ...`, or a case pattern that is a variable bound
// to another constant, as EUnit's ?assertEqual(3, 1 + 1) expands to).
// Variables bound to constants are followed within a body, as the fold
// pass propagates them. Only what can be decided for certain is reported.

import type { Clause, Expr } from '../../syntax/ast.js';
import * as arith from '../../terms/arith.js';
import { compare } from '../../terms/compare.js';
import { eq, exactEq } from '../../terms/equality.js';
import { ErlException } from '../../terms/exception.js';
import { A, Atom, Cons, ErlFloat, NIL, listToArray, type Term } from '../../terms/types.js';
import { constantTerm } from '../literals.js';

type Warn = (at: { line: number; col: number }, message: string) => void;

/** A constant's value, or the exception evaluating it raises; undefined: not a constant. */
export type Folded = { value: Term } | { fails: string } | undefined;

class Fail {
  constructor(readonly reason: string) {}
}

const badarg = (): never => {
  throw new Fail('badarg');
};

function isList(t: Term): boolean {
  return t === NIL || t instanceof Cons;
}

function properList(t: Term): Term[] {
  const xs = listToArray(t);
  return xs ?? badarg();
}

/** Code points of a flat list of integers (a string), or badarg. */
function chars(t: Term): string {
  return String.fromCodePoint(...properList(t).map((c) => (typeof c === 'number' && c >= 0 && c <= 0x10ffff ? c : badarg())));
}

function boolOf(t: Term): boolean {
  if (t === A.true) return true;
  if (t === A.false) return false;
  return badarg();
}

const bool = (b: boolean): Term => (b ? A.true : A.false);

/** A string as a list of code points. */
function strList(s: string): Term {
  let l: Term = NIL;
  const cs = [...s];
  for (let i = cs.length - 1; i >= 0; i--) l = new Cons(cs[i]!.codePointAt(0)!, l);
  return l;
}

const isNum = (x: Term | undefined): x is number | bigint | ErlFloat => typeof x === 'number' || typeof x === 'bigint' || x instanceof ErlFloat;

/** erl_bifs' pure BIFs that fail on some literals, by name/arity. */
const BIFS: Record<string, (a: Term[]) => Term> = {
  'element/2': ([n, t]) => (typeof n === 'number' && Array.isArray(t) && n >= 1 && n <= t.length ? t[n - 1]! : badarg()),
  'setelement/3': ([n, t, v]) => {
    if (typeof n !== 'number' || !Array.isArray(t) || n < 1 || n > t.length) return badarg();
    const c = [...t];
    c[n - 1] = v!;
    return c;
  },
  'hd/1': ([l]) => (l instanceof Cons ? l.head : badarg()),
  'tl/1': ([l]) => (l instanceof Cons ? l.tail : badarg()),
  'length/1': ([l]) => properList(l!).length,
  'tuple_size/1': ([t]) => (Array.isArray(t) ? t.length : badarg()),
  'atom_to_list/1': ([a]) => (a instanceof Atom ? strList(a.name) : badarg()),
  'list_to_atom/1': ([l]) => Atom.of(chars(l!)),
  'integer_to_list/1': ([i]) => (typeof i === 'number' || typeof i === 'bigint' ? strList(arith.intToString(i)) : badarg()),
  'list_to_integer/1': ([l]) => arith.parseInt(chars(l!)) ?? badarg(),
  'abs/1': ([x]) => (isNum(x) ? arith.abs(x) : badarg()),
  'float/1': ([x]) => {
    const f = isNum(x) ? arith.toFloat(x) : undefined;
    return f === undefined ? badarg() : new ErlFloat(f);
  },
  'binary_to_list/1': ([b]) => {
    if (b === undefined || b instanceof Atom || isNum(b) || isList(b) || Array.isArray(b)) return badarg();
    throw new Unknown();
  },
};

const NUMERIC = arith.ARITH_OPERATORS;

function binaryOp(op: string, a: Term, b: Term): Term {
  const n = NUMERIC[op];
  if (n !== undefined) {
    try {
      return n(a, b);
    } catch (e) {
      if (e instanceof ErlException) throw new Fail(e.reason instanceof Atom ? e.reason.name : 'badarith');
      throw e;
    }
  }
  switch (op) {
    case '==':
      return bool(eq(a, b));
    case '/=':
      return bool(!eq(a, b));
    case '=:=':
      return bool(exactEq(a, b));
    case '=/=':
      return bool(!exactEq(a, b));
    case '<':
      return bool(compare(a, b) < 0);
    case '>':
      return bool(compare(a, b) > 0);
    case '=<':
      return bool(compare(a, b) <= 0);
    case '>=':
      return bool(compare(a, b) >= 0);
    case 'and':
      return bool(boolOf(a) && boolOf(b));
    case 'or':
      return bool(boolOf(a) || boolOf(b));
    case 'xor':
      return bool(boolOf(a) !== boolOf(b));
    case '++':
      if (!isList(a)) return badarg();
      return properList(a).reduceRight<Term>((t, h) => new Cons(h, t), b);
    case '--':
      properList(a);
      properList(b);
      throw new Unknown();
  }
  throw new Unknown();
}

function unaryOp(op: string, a: Term): Term {
  switch (op) {
    case '-':
      if (typeof a === 'number' || typeof a === 'bigint' || a instanceof ErlFloat) return arith.neg(a);
      throw new Fail('badarith');
    case '+':
      if (typeof a === 'number' || typeof a === 'bigint' || a instanceof ErlFloat) return a;
      throw new Fail('badarith');
    case 'bnot':
      if (typeof a === 'number' || typeof a === 'bigint') return arith.bnot(a);
      throw new Fail('badarith');
    case 'not':
      return bool(!boolOf(a));
  }
  throw new Unknown();
}

/** Not something this file evaluates. */
class Unknown {}

export class ConstantFolder {
  /** Variables bound to constants (null: bound to something else), innermost scope last. */
  private scopes: Map<string, Term | null>[] = [new Map()];

  constructor(
    private readonly warn: Warn,
    /** `nowarn_failed`: no warnings for failing calls and operators. */
    private failedWarnings: boolean,
    /** A call to F/A that a function of the module defines is no BIF call. */
    private readonly isLocal: (key: string) => boolean,
  ) {}

  private lookup(v: string): Term | undefined {
    for (let i = this.scopes.length - 1; i >= 0; i--) {
      const t = this.scopes[i]!.get(v);
      if (t !== undefined) return t ?? undefined;
    }
    return undefined;
  }

  /** Fresh variables (a fun's head, a generator's pattern) hide outer ones of the same name. */
  shadow(names: Iterable<string>): void {
    const top = this.scopes[this.scopes.length - 1]!;
    for (const n of names) top.set(n, null);
  }

  /** Runs `body` with a scope of its own (a clause, a fun). */
  scoped(body: () => void): void {
    this.scopes.push(new Map());
    try {
      body();
    } finally {
      this.scopes.pop();
    }
  }

  /** `V = E` in a body: V is known from here on when E is a constant. */
  bind(pattern: Expr, value: Folded): void {
    if (pattern.kind === 'var' && pattern.name !== '_' && value !== undefined && 'value' in value)
      this.scopes[this.scopes.length - 1]!.set(pattern.name, value.value);
  }

  /**
   * Folds node e, whose subexpressions (coreChildren(e), in order) folded
   * to `kids`: the walk in core_warnings.ts goes bottom up, so deep code
   * costs no deep recursion here and each part is folded once.
   */
  node(e: Expr, kids: Folded[]): Folded {
    if (kids.some((k) => k === undefined)) return undefined;
    const failed = kids.find((k) => k !== undefined && 'fails' in k);
    if (failed !== undefined) return failed;
    const vals = kids.map((k) => (k as { value: Term }).value);
    try {
      return { value: this.apply(e, vals) };
    } catch (x) {
      if (x instanceof Unknown) return undefined;
      if (x instanceof Reported) return { fails: x.reason };
      throw x;
    }
  }

  private apply(e: Expr, vals: Term[]): Term {
    switch (e.kind) {
      case 'var': {
        const t = this.lookup(e.name);
        if (t === undefined) throw new Unknown();
        return t;
      }
      case 'tuple':
        return vals;
      case 'cons':
        return new Cons(vals[0]!, vals[1]!);
      case 'op':
        if (e.op === 'andalso' || e.op === 'orelse' || e.op === '!') throw new Unknown();
        return this.attempt(e, `evaluation of operator ${quoteOp(e.op)}/2`, () => binaryOp(e.op, vals[0]!, vals[1]!));
      case 'unop':
        return this.attempt(e, `evaluation of operator ${quoteOp(e.op)}/1`, () => unaryOp(e.op, vals[0]!));
      case 'call': {
        const key = this.bifKey(e);
        const bif = key === null ? undefined : BIFS[key];
        if (bif === undefined) throw new Unknown();
        return this.attempt(e, `the call to ${key}`, () => bif(vals));
      }
      default: {
        const t = constantTerm(e);
        if (t === undefined) throw new Unknown();
        return t;
      }
    }
  }

  /** 'element/2' for a call of an erlang BIF (not one the module defines), else null. */
  private bifKey(e: Extract<Expr, { kind: 'call' }>): string | null {
    let name: string | null = null;
    if (e.fn.kind === 'atom' && !this.isLocal(`${e.fn.value}/${e.args.length}`)) name = e.fn.value;
    else if (e.fn.kind === 'remote' && e.fn.module.kind === 'atom' && e.fn.module.value === 'erlang' && e.fn.name.kind === 'atom') name = e.fn.name.value;
    return name === null ? null : `${name}/${e.args.length}`;
  }

  private eval(e: Expr): Term {
    switch (e.kind) {
      case 'var': {
        const t = this.lookup(e.name);
        if (t === undefined) throw new Unknown();
        return t;
      }
      case 'tuple':
        return e.elements.map((x) => this.eval(x));
      case 'cons':
        return new Cons(this.eval(e.head), this.eval(e.tail));
      case 'op': {
        if (e.op === 'andalso' || e.op === 'orelse' || e.op === '!') throw new Unknown();
        const a = this.eval(e.left);
        const b = this.eval(e.right);
        return this.attempt(e, `evaluation of operator ${quoteOp(e.op)}/2`, () => binaryOp(e.op, a, b));
      }
      case 'unop': {
        const a = this.eval(e.operand);
        return this.attempt(e, `evaluation of operator ${quoteOp(e.op)}/1`, () => unaryOp(e.op, a));
      }
      case 'call': {
        const key = this.bifKey(e);
        const bif = key === null ? undefined : BIFS[key];
        if (bif === undefined) throw new Unknown();
        const args = e.args.map((x) => this.eval(x));
        return this.attempt(e, `the call to ${key}`, () => bif(args));
      }
      default: {
        const t = constantTerm(e);
        if (t === undefined) throw new Unknown();
        return t;
      }
    }
  }

  private attempt(at: { line: number; col: number }, what: string, f: () => Term): Term {
    try {
      return f();
    } catch (x) {
      if (!(x instanceof Fail)) throw x;
      if (this.failedWarnings) this.warn(at, `${what} will fail with a '${x.reason}' exception`);
      throw new Reported(x.reason);
    }
  }

  /** A guard sequence that folds to false, or null when it may hold. */
  guardFalse(guards: Expr[][]): boolean {
    if (guards.length === 0) return false;
    return guards.every((alt) =>
      alt.some((test) => {
        const v = this.quiet(test);
        return v !== undefined && v !== A.true;
      }),
    );
  }

  /** Folds without warnings (guards fail silently). */
  private quiet(e: Expr): Term | undefined {
    const on = this.failedWarnings;
    this.failedWarnings = false;
    try {
      return this.eval(e);
    } catch (x) {
      if (x instanceof Unknown) return undefined;
      if (x instanceof Reported) return A.false;
      throw x;
    } finally {
      this.failedWarnings = on;
    }
  }

  /**
   * `case Subject of Clauses`: a clause whose pattern is a variable bound to
   * a constant other than the subject, or whose guard folds to false.
   */
  caseClauses(subject: Folded, clauses: Clause[]): void {
    const value = subject !== undefined && 'value' in subject ? subject.value : undefined;
    for (const c of clauses) {
      const p = c.patterns[0];
      const m = value === undefined || p === undefined ? 'unknown' : this.match(p, value);
      if (m === 'guard') this.cannotMatch(c);
      else if (m !== 'literal' && this.guardFalse(c.guards)) this.cannotMatch(c);
    }
  }

  /**
   * How pattern p fares against constant v: 'literal' when a literal part
   * differs (the clause just goes), 'guard' when only a variable bound to
   * another constant does (its test folds to false), 'ok' or 'unknown'.
   */
  private match(p: Expr, v: Term): 'literal' | 'guard' | 'ok' | 'unknown' {
    switch (p.kind) {
      case 'var': {
        const b = p.name === '_' ? undefined : this.lookup(p.name);
        return b === undefined || exactEq(b, v) ? 'ok' : 'guard';
      }
      case 'tuple': {
        if (!Array.isArray(v) || v.length !== p.elements.length) return 'literal';
        return this.matchAll(p.elements.map((x, i) => [x, v[i]!] as const));
      }
      case 'cons':
        if (!(v instanceof Cons)) return 'literal';
        return this.matchAll([
          [p.head, v.head],
          [p.tail, v.tail],
        ]);
      default: {
        const t = constantTerm(p);
        if (t === undefined) return 'unknown';
        return exactEq(t, v) ? 'ok' : 'literal';
      }
    }
  }

  private matchAll(pairs: readonly (readonly [Expr, Term])[]): 'literal' | 'guard' | 'ok' | 'unknown' {
    let out: 'guard' | 'ok' | 'unknown' = 'ok';
    for (const [p, v] of pairs) {
      const m = this.match(p, v);
      if (m === 'literal') return m;
      if (m === 'unknown') out = 'unknown';
      else if (m === 'guard' && out === 'ok') out = 'guard';
    }
    return out;
  }

  /** A function's or fun's clause whose guard folds to false. */
  headClause(c: Clause): void {
    if (this.guardFalse(c.guards)) this.cannotMatch(c);
  }

  /** `if`: a clause whose guard folds to false. */
  ifClauses(clauses: Clause[]): void {
    for (const c of clauses) if (this.guardFalse(c.guards)) this.cannotMatch(c);
  }

  private cannotMatch(c: Clause): void {
    this.warn(c, "this clause cannot match because its guard evaluates to 'false'");
  }
}

/** A failure already warned about: the expressions around it are not constants. */
class Reported {
  constructor(readonly reason: string) {}
}

function quoteOp(op: string): string {
  return `'${op}'`;
}
