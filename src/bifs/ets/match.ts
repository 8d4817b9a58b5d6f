// Match specifications for ets:select/match and ets:match_spec_run:
// [{Head, Guards, Body}]. A spec is checked once (compileMatchSpec returns
// null for anything erl rejects with badarg) and then run per object.
//
// Semantics reproduced from erl (checked against OTP 25):
//  - Head variables '$N' bind on first use and must be =:= on repeats; '_'
//    matches anything; everything else matches exactly (1 does not match 1.0).
//  - A guard that raises, or returns anything but true, rejects the object.
//  - In the body a failing function call yields the atom 'EXIT' and
//    evaluation goes on ({{'$1', {hd, a}}} gives {X, 'EXIT'}).
//  - {{...}} builds a tuple, {const, X} quotes X, '$_' is the object, '$$'
//    the bound variables in number order; other atoms, numbers, lists and
//    maps are built from their evaluated parts.

import { A, Atom, BitStr, Cons, ErlFloat, NIL, Pid, Port, Ref, bool, isMap, list, type Term, type Tuple } from '../../terms/types.js';
import * as ar from '../../terms/arith.js';
import { compare } from '../../terms/compare.js';
import { eq, exactEq } from '../../terms/equality.js';
import { ErlMap } from '../../terms/map.js';
import { Fun, ExportFun } from '../../terms/types.js';

/** What a match spec can read from the world: self() and node(). */
export interface MsEnv {
  self: Pid;
  node: Atom;
}

type Expr =
  | { k: 'var'; n: number }
  | { k: 'obj' }
  | { k: 'all' }
  | { k: 'lit'; v: Term }
  | { k: 'tuple'; el: Expr[] }
  | { k: 'list'; el: Expr[]; tail: Expr }
  | { k: 'map'; kv: [Expr, Expr][] }
  | { k: 'call'; fn: string; args: Expr[] };

interface Clause {
  head: Term;
  vars: number[];
  guards: Expr[];
  body: Expr[];
}

export interface MatchSpec {
  clauses: Clause[];
  /** The spec as given: select_replace checks its clauses' bodies. */
  source: Term[];
}

class Invalid extends Error {}
class Fail extends Error {}
const FAIL = new Fail();

/** '$N' -> N, else -1 ('$01' is an atom like any other, as in erts). */
function varNum(t: Term): number {
  if (!(t instanceof Atom)) return -1;
  const m = /^\$(0|[1-9][0-9]*)$/.exec(t.name);
  return m === null ? -1 : Number(m[1]);
}

// ---- allowed functions: name -> arities (-1 = any number >= 1) -------------

const FUNS: Record<string, number[]> = {
  is_atom: [1],
  is_float: [1],
  is_integer: [1],
  is_list: [1],
  is_number: [1],
  is_pid: [1],
  is_port: [1],
  is_reference: [1],
  is_tuple: [1],
  is_map: [1],
  is_binary: [1],
  is_function: [1],
  is_record: [3],
  is_map_key: [2],
  and: [-1],
  or: [-1],
  andalso: [-1],
  andthen: [-1],
  orelse: [-1],
  not: [1],
  xor: [2],
  abs: [1],
  element: [2],
  hd: [1],
  tl: [1],
  length: [1],
  map_get: [2],
  map_size: [1],
  node: [0, 1],
  round: [1],
  trunc: [1],
  size: [1],
  bit_size: [1],
  byte_size: [1],
  binary_part: [2, 3],
  float: [1],
  self: [0],
  '+': [1, 2],
  '-': [1, 2],
  '*': [2],
  '/': [2],
  div: [2],
  rem: [2],
  band: [2],
  bor: [2],
  bxor: [2],
  bnot: [1],
  bsl: [2],
  bsr: [2],
  '>': [2],
  '>=': [2],
  '<': [2],
  '=<': [2],
  '=:=': [2],
  '==': [2],
  '=/=': [2],
  '/=': [2],
};

// ---- compiling ----------------------------------------------------------------

/** The spec, or null when erl would reject it (badarg). */
export function compileMatchSpec(ms: Term): MatchSpec | null {
  const clauses: Clause[] = [];
  const source: Term[] = [];
  let l = ms;
  try {
    while (l instanceof Cons) {
      clauses.push(compileClause(l.head));
      source.push(l.head);
      l = l.tail;
    }
  } catch (e) {
    if (e instanceof Invalid) return null;
    throw e;
  }
  return l === NIL ? { clauses, source } : null;
}

// ets:match_spec_compile/1 answers a magic reference that stands for the
// compiled spec; only this node's specs are known by it.
const compiled = new WeakMap<Ref, MatchSpec>();

/** What ets:match_spec_compile/1 accepts: a non-empty valid spec (select/2 takes [] too). */
export function compileForRef(ms: Term): MatchSpec | null {
  return ms === NIL ? null : compileMatchSpec(ms);
}

export function registerCompiled(ref: Ref, ms: MatchSpec): void {
  compiled.set(ref, ms);
}

/** The spec behind a reference from ets:match_spec_compile/1. */
export function compiledSpec(t: Term): MatchSpec | undefined {
  return t instanceof Ref ? compiled.get(t) : undefined;
}

/** erl_stdlib_errors:is_match_spec/1: what explains argument 2 of select/3. */
export function isMatchSpec(t: Term): boolean {
  return compiledSpec(t) !== undefined || compileForRef(t) !== null;
}

// ---- select_replace: the spec may not change an object's key -------------------

/**
 * erts's db_match_keeps_key: each clause's body must be one expression that
 * provably rebuilds the object with its key: '$_', or a tuple ({{...}} or
 * {const, Tuple}) whose key element is the head's key (the same variable or
 * the same ground term), or {element, KeyPos, '$_'}.
 */
export function keepsKey(keypos: number, clause: Term): boolean {
  if (!Array.isArray(clause) || clause.length !== 3) return false;
  const [head, , body] = clause as [Term, Term, Term];
  if (!(body instanceof Cons) || body.tail !== NIL) return false;
  const single = body.head;
  if (single === Atom.of('$_')) return true;
  if (!Array.isArray(single)) return false;
  if (!Array.isArray(head) || head.length < keypos) return false;
  const matchKey = head[keypos - 1]!;
  let sub: Term;
  let constMode: boolean;
  if (single.length === 2 && single[0] === CONST) [sub, constMode] = [single[1]!, true];
  else if (single.length === 1) [sub, constMode] = [single[0]!, false];
  else return false;
  if (!Array.isArray(sub) || sub.length < keypos) return false;
  const bodyKey = sub[keypos - 1]!;
  if (sameBuilt(matchKey, bodyKey, constMode)) return true;
  if (constMode || !Array.isArray(bodyKey)) return false;
  return bodyKey.length === 3 && bodyKey[0] === Atom.of('element') && bodyKey[1] === keypos && bodyKey[2] === Atom.of('$_');
}

const CONST = Atom.of('const');

/** Whether body expression b always builds the term head pattern a matched (erts's db_match_eq_body). */
function sameBuilt(a: Term, b: Term, constMode: boolean): boolean {
  if (b instanceof Cons) return a instanceof Cons && sameBuilt(a.head, b.head, constMode) && sameBuilt(a.tail, b.tail, constMode);
  if (Array.isArray(b)) {
    let inner = b;
    const innerConst = constMode;
    if (!constMode) {
      if (b.length === 1 && Array.isArray(b[0])) inner = b[0];
      else if (b.length === 2 && b[0] === CONST) return sameBuilt(a, b[1]!, true);
      else return false;
    }
    if (!Array.isArray(a) || a.length !== inner.length) return false;
    for (let i = 0; i < a.length; i++) if (!sameBuilt(a[i]!, inner[i]!, innerConst)) return false;
    return true;
  }
  if (b instanceof ErlMap) return false;
  if (b instanceof Atom || b === NIL || (typeof b === 'number' && Number.isSafeInteger(b))) {
    if (a !== b) return false;
    if (a === UNDERSCORE || a === Atom.of('$$') || a === Atom.of('$_')) return false;
    return !(constMode && varNum(a) >= 0);
  }
  return exactEq(a, b);
}

function properList(t: Term): Term[] {
  const out: Term[] = [];
  while (t instanceof Cons) {
    out.push(t.head);
    t = t.tail;
  }
  if (t !== NIL) throw new Invalid();
  return out;
}

function compileClause(c: Term): Clause {
  if (!Array.isArray(c) || c.length !== 3) throw new Invalid();
  const [head, guards, body] = c as [Term, Term, Term];
  const bound = new Set<number>();
  collectVars(head, bound);
  checkMapKeys(head);
  const g = properList(guards).map((e) => compileExpr(e, bound));
  const b = properList(body).map((e) => compileExpr(e, bound));
  if (b.length === 0) throw new Invalid();
  return { head, vars: [...bound].sort((x, y) => x - y), guards: g, body: b };
}

function collectVars(t: Term, out: Set<number>): void {
  const n = varNum(t);
  if (n >= 0) out.add(n);
  else if (Array.isArray(t)) for (const x of t) collectVars(x, out);
  else if (t instanceof Cons) {
    collectVars(t.head, out);
    collectVars(t.tail, out);
  } else if (t instanceof ErlMap) for (const [k, v] of t.entries()) collectVars(k, out), collectVars(v, out);
}

/** A map in a head may not have a variable or '_' as a key (erts cannot look those up). */
function checkMapKeys(t: Term): void {
  if (Array.isArray(t)) for (const x of t) checkMapKeys(x);
  else if (t instanceof Cons) {
    checkMapKeys(t.head);
    checkMapKeys(t.tail);
  } else if (t instanceof ErlMap)
    for (const [k, v] of t.entries()) {
      if (varNum(k) >= 0 || k === UNDERSCORE) throw new Invalid();
      checkMapKeys(v);
    }
}

const UNDERSCORE = Atom.of('_');

function compileExpr(t: Term, bound: Set<number>): Expr {
  if (t instanceof Atom) {
    if (t.name === '$_') return { k: 'obj' };
    if (t.name === '$$') return { k: 'all' };
    const n = varNum(t);
    if (n >= 0) {
      if (!bound.has(n)) throw new Invalid();
      return { k: 'var', n };
    }
    return { k: 'lit', v: t };
  }
  if (Array.isArray(t)) {
    // {{...}} builds a tuple; {Atom, ...} is a call (or a special form); any other tuple is an error.
    const first = t[0];
    if (t.length === 1 && Array.isArray(first)) return { k: 'tuple', el: (first as Term[]).map((x) => compileExpr(x, bound)) };
    if (!(first instanceof Atom) || varNum(first) >= 0) throw new Invalid();
    const n = t.length - 1;
    if (first.name === 'const') {
      if (n !== 1) throw new Invalid();
      return { k: 'lit', v: t[1]! };
    }
    const arities = FUNS[first.name];
    if (arities === undefined || !(arities.includes(n) || (arities[0] === -1 && n >= 1))) throw new Invalid();
    return { k: 'call', fn: first.name === 'andthen' ? 'andalso' : first.name, args: t.slice(1).map((x) => compileExpr(x, bound)) };
  }
  if (t instanceof Cons) {
    const el: Expr[] = [];
    let l: Term = t;
    while (l instanceof Cons) {
      el.push(compileExpr(l.head, bound));
      l = l.tail;
    }
    return { k: 'list', el, tail: compileExpr(l, bound) };
  }
  // OTP 25 evaluates a map's keys as well as its values (#{'$1' => a} builds #{Bound => a}).
  if (t instanceof ErlMap) return { k: 'map', kv: t.entries().map(([k, v]) => [compileExpr(k, bound), compileExpr(v, bound)]) };
  return { k: 'lit', v: t };
}

// ---- matching the head ------------------------------------------------------

function matchHead(p: Term, t: Term, b: Map<number, Term>): boolean {
  if (p instanceof Atom) {
    if (p.name === '_') return true;
    const n = varNum(p);
    if (n >= 0) {
      const old = b.get(n);
      if (old === undefined) {
        b.set(n, t);
        return true;
      }
      return exactEq(old, t);
    }
    return p === t;
  }
  if (Array.isArray(p)) {
    if (!Array.isArray(t) || t.length !== p.length) return false;
    for (let i = 0; i < p.length; i++) if (!matchHead(p[i]!, t[i]!, b)) return false;
    return true;
  }
  if (p instanceof Cons) {
    let pl: Term = p;
    let tl: Term = t;
    while (pl instanceof Cons) {
      if (!(tl instanceof Cons) || !matchHead(pl.head, tl.head, b)) return false;
      pl = pl.tail;
      tl = tl.tail;
    }
    return matchHead(pl, tl, b);
  }
  if (p instanceof ErlMap) {
    if (!(t instanceof ErlMap)) return false;
    for (const [k, v] of p.entries()) {
      const tv = t.get(k);
      if (tv === undefined || !matchHead(v, tv, b)) return false;
    }
    return true;
  }
  return exactEq(p, t);
}

// ---- evaluating -----------------------------------------------------------------

interface Ctx {
  obj: Term;
  b: Map<number, Term>;
  vars: number[];
  env: MsEnv;
  /** true in the body: failing calls give 'EXIT' instead of failing. */
  body: boolean;
}

const EXIT = Atom.of('EXIT');

function ev(e: Expr, c: Ctx): Term {
  switch (e.k) {
    case 'lit':
      return e.v;
    case 'var':
      return c.b.get(e.n)!;
    case 'obj':
      return c.obj;
    case 'all':
      return list(c.vars.map((n) => c.b.get(n)!));
    case 'tuple':
      return e.el.map((x) => ev(x, c));
    case 'list':
      return list(
        e.el.map((x) => ev(x, c)),
        ev(e.tail, c),
      );
    case 'map':
      return ErlMap.fromEntries(e.kv.map(([k, v]) => [ev(k, c), ev(v, c)] as [Term, Term]));
    case 'call':
      if (!c.body) return call(e.fn, e.args, c);
      try {
        return call(e.fn, e.args, c);
      } catch (err) {
        if (isErlFailure(err)) return EXIT;
        throw err;
      }
  }
}

function isErlFailure(err: unknown): boolean {
  return err instanceof Fail || (typeof err === 'object' && err !== null && 'cls' in err && 'reason' in err);
}

function boolOf(t: Term): boolean {
  if (t === A.true) return true;
  if (t === A.false) return false;
  throw FAIL;
}

function int(t: Term): number | bigint {
  if (typeof t === 'number' || typeof t === 'bigint') return t;
  throw FAIL;
}

function call(fn: string, args: Expr[], c: Ctx): Term {
  // Short-circuit operators evaluate lazily.
  if (fn === 'andalso' || fn === 'orelse') {
    const stopOn = fn === 'andalso' ? A.false : A.true;
    for (let i = 0; i < args.length; i++) {
      const v = ev(args[i]!, c);
      if (i === args.length - 1) return v;
      if (boolOf(v) === (stopOn === A.true)) return stopOn;
    }
  }
  const a = args.map((x) => ev(x, c));
  const [x, y] = a as [Term, Term];
  switch (fn) {
    case 'is_atom':
      return bool(x instanceof Atom);
    case 'is_float':
      return bool(x instanceof ErlFloat);
    case 'is_integer':
      return bool(typeof x === 'number' || typeof x === 'bigint');
    case 'is_list':
      return bool(x instanceof Cons || x === NIL);
    case 'is_number':
      return bool(typeof x === 'number' || typeof x === 'bigint' || x instanceof ErlFloat);
    case 'is_pid':
      return bool(x instanceof Pid);
    case 'is_port':
      return bool(x instanceof Port);
    case 'is_reference':
      return bool(x instanceof Ref);
    case 'is_tuple':
      return bool(Array.isArray(x));
    case 'is_map':
      return bool(isMap(x));
    case 'is_binary':
      return bool(x instanceof BitStr && x.isBinary);
    case 'is_function':
      return bool(x instanceof Fun || x instanceof ExportFun);
    case 'is_record':
      return bool(Array.isArray(x) && x.length === a[2] && x[0] === y);
    case 'is_map_key':
      if (!(y instanceof ErlMap)) throw FAIL;
      return bool(y.has(x));
    case 'and':
      return bool(a.map(boolOf).every((v) => v));
    case 'or':
      return bool(a.map(boolOf).some((v) => v));
    case 'not':
      return bool(!boolOf(x));
    case 'xor':
      return bool(boolOf(x) !== boolOf(y));
    case 'abs':
      return ar.abs(x);
    case 'element': {
      if (typeof x !== 'number' || !Array.isArray(y) || x < 1 || x > y.length) throw FAIL;
      return y[x - 1]!;
    }
    case 'hd':
      if (!(x instanceof Cons)) throw FAIL;
      return x.head;
    case 'tl':
      if (!(x instanceof Cons)) throw FAIL;
      return x.tail;
    case 'length': {
      let n = 0;
      let l = x;
      while (l instanceof Cons) n++, (l = l.tail);
      if (l !== NIL) throw FAIL;
      return n;
    }
    case 'map_get': {
      if (!(y instanceof ErlMap)) throw FAIL;
      const v = y.get(x);
      if (v === undefined) throw FAIL;
      return v;
    }
    case 'map_size':
      if (!(x instanceof ErlMap)) throw FAIL;
      return x.size;
    case 'node':
      if (a.length === 0) return c.env.node;
      if (x instanceof Pid || x instanceof Ref || x instanceof Port) return x.node;
      throw FAIL;
    case 'self':
      return c.env.self;
    case 'round': {
      const r = ar.round(x);
      if (r === undefined) throw FAIL;
      return r;
    }
    case 'trunc': {
      const r = ar.trunc(x);
      if (r === undefined) throw FAIL;
      return r;
    }
    case 'size':
      if (Array.isArray(x)) return x.length;
      if (x instanceof BitStr) return x.byteSize;
      throw FAIL;
    case 'bit_size':
      if (!(x instanceof BitStr)) throw FAIL;
      return x.bits;
    case 'byte_size':
      if (!(x instanceof BitStr)) throw FAIL;
      return x.byteSize;
    case 'binary_part': {
      let pos: Term;
      let len: Term;
      if (a.length === 2) {
        if (!Array.isArray(y) || y.length !== 2) throw FAIL;
        [pos, len] = y as [Term, Term];
      } else [pos, len] = [y, a[2]!];
      if (!(x instanceof BitStr) || !x.isBinary || typeof pos !== 'number' || typeof len !== 'number') throw FAIL;
      const s = len < 0 ? pos + len : pos;
      const e = len < 0 ? pos : pos + len;
      if (s < 0 || e > x.byteSize) throw FAIL;
      return new BitStr(x.buf.slice(s, e));
    }
    case 'float': {
      const f = ar.toFloat(x);
      if (f === undefined) throw FAIL;
      return new ErlFloat(f);
    }
    case '+':
      return a.length === 1 ? (ar.add(0, x), x) : ar.add(x, y);
    case '-':
      return a.length === 1 ? ar.neg(x) : ar.sub(x, y);
    case '*':
      return ar.mul(x, y);
    case '/':
      return ar.div(x, y);
    case 'div':
      return ar.intDiv(int(x), int(y));
    case 'rem':
      return ar.rem(int(x), int(y));
    case 'band':
      return ar.band(x, y);
    case 'bor':
      return ar.bor(x, y);
    case 'bxor':
      return ar.bxor(x, y);
    case 'bnot':
      return ar.bnot(x);
    case 'bsl':
      return ar.bsl(x, y);
    case 'bsr':
      return ar.bsr(x, y);
    case '>':
      return bool(compare(x, y) > 0);
    case '>=':
      return bool(compare(x, y) >= 0);
    case '<':
      return bool(compare(x, y) < 0);
    case '=<':
      return bool(compare(x, y) <= 0);
    case '==':
      return bool(eq(x, y));
    case '/=':
      return bool(!eq(x, y));
    case '=:=':
      return bool(exactEq(x, y));
    case '=/=':
      return bool(!exactEq(x, y));
  }
  throw FAIL;
}

// ---- running -------------------------------------------------------------------

/** The body's result for the first clause that matches obj, or undefined. */
export function runMatchSpec(ms: MatchSpec, obj: Term, env: MsEnv): Term | undefined {
  for (const cl of ms.clauses) {
    const b = new Map<number, Term>();
    if (!matchHead(cl.head, obj, b)) continue;
    const c: Ctx = { obj, b, vars: cl.vars, env, body: false };
    let ok = true;
    for (const g of cl.guards) {
      try {
        if (ev(g, c) !== A.true) {
          ok = false;
          break;
        }
      } catch (err) {
        if (!isErlFailure(err)) throw err;
        ok = false;
        break;
      }
    }
    if (!ok) continue;
    c.body = true;
    let r: Term = A.true;
    for (const e of cl.body) r = ev(e, c);
    return r;
  }
  return undefined;
}

/** The spec ets:match(Tab, Pattern) stands for. */
export function matchPatternSpec(pattern: Term): Term {
  return list([[pattern, NIL, list([Atom.of('$$')])]]);
}
/** The spec ets:match_object(Tab, Pattern) stands for. */
export function matchObjectSpec(pattern: Term): Term {
  return list([[pattern, NIL, list([Atom.of('$_')])]]);
}

export type { Tuple };
