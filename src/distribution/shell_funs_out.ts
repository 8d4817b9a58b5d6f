// Funs typed at an erlts shell, on their way to another node, become
// erl_eval closures as real erl's shell funs are (§8.11 of the distribution
// notes): the fun of erl_eval's lambda of that arity, with one free variable
// Info = {Line, Bindings, none, none, #{}, Clauses[, Name]}. Real nodes
// evaluate that with their erl_eval; erlts nodes compile it
// (erl_eval_funs.ts). Funs of compiled modules travel unchanged.

import { Atom, Cons, Fun, NIL, isMap, type FunCode, type Term } from '../terms/types.js';
import { ErlMap } from '../terms/map.js';
import type { FunWireIdentity } from '../terms/etf/index.js';
import type * as ast from '../syntax/ast.js';
import { clauseTerm } from '../syntax/abstract_code.js';

const ERL_EVAL = Atom.of('erl_eval');
const NONE = Atom.of('none');

interface ShellFunSource {
  clauses: ast.Clause[];
  name: string | null;
  free: string[];
}

/**
 * erl_eval.beam of OTP 25.2.3 (the release erlts imitates): its MD5, and
 * the index of the lambda erl_eval builds a fun of each arity with: 43 - arity,
 * or 20 - arity for named funs (read with erlang:fun_info/2).
 */
const OTP25_ERL_EVAL_MD5 = Uint8Array.from(Buffer.from('065361aa461590d1bdf1eb62d1a6eb08', 'hex'));
const OTP25_OLD_UNIQ = 3316493;

const codes = new Map<string, FunCode & FunWireIdentity>();

function erlEvalCode(arity: number, named: boolean): FunCode & FunWireIdentity {
  const key = `${named ? 'n' : 'f'}${arity}`;
  let c = codes.get(key);
  if (c === undefined) {
    const index = (named ? 20 : 43) - arity;
    c = { module: ERL_EVAL, name: '-expr/6-fun-', arity, index, uniq: OTP25_OLD_UNIQ, md5: OTP25_ERL_EVAL_MD5, oldIndex: index, fn: () => undefined };
    codes.set(key, c);
  }
  return c;
}

function sourceOf(f: Fun): ShellFunSource | null {
  const s = (f.code as FunCode & { source?: ShellFunSource }).source;
  return s !== undefined && f.code.module === ERL_EVAL ? s : null;
}

/** The wire form of one shell fun. */
function wireFun(f: Fun, src: ShellFunSource): Fun {
  const bindings: [string, Term][] = src.free.map((n, i) => [n, toWire(f.env[i]!)]);
  bindings.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  let bl: Term = NIL;
  for (let i = bindings.length - 1; i >= 0; i--) bl = new Cons([Atom.of(bindings[i]![0]), bindings[i]![1]], bl);
  let cl: Term = NIL;
  for (let i = src.clauses.length - 1; i >= 0; i--) cl = new Cons(clauseTerm(src.clauses[i]!), cl);
  const line = src.clauses[0]?.line ?? 1;
  const info: Term[] = [line, bl, NONE, NONE, ErlMap.EMPTY as unknown as Term, cl];
  if (src.name !== null) info.push(Atom.of(src.name));
  // Keep the compiled code to call: a wire fun that stays on this node still runs.
  const code = erlEvalCode(f.code.arity, src.name !== null);
  const local: FunCode & FunWireIdentity = { ...code, fn: (...a: unknown[]) => f.code.fn(...a.slice(0, -1), f) };
  return new Fun(local, [info], f.pid);
}

/**
 * What the encoder writes for fun `f` (EncodeOptions.funOut): a shell fun's
 * wire form, any other fun as it is (its free variables are met by the
 * encoder in turn). A channel that encodes with it needs no toWire pass.
 */
export function wireFunOf(f: Fun): Fun {
  const src = sourceOf(f);
  return src === null ? f : wireFun(f, src);
}

/**
 * `t` with every shell fun replaced by its wire form; the same object when
 * there is none. The check runs without recursion or allocation per cell,
 * so big or deep messages cost one pass.
 */
export function toWire(t: Term): Term {
  return hasShellFun(t) ? rewrite(t) : t;
}

/** Whether `v` can hold a fun: other terms are not worth a trip through the stack. */
function canHoldFun(v: Term): boolean {
  return typeof v === 'object' && (Array.isArray(v) || v instanceof Cons || v instanceof Fun || isMap(v));
}

function hasShellFun(root: Term): boolean {
  const todo: Term[] = [root];
  while (todo.length > 0) {
    let t = todo.pop()!;
    while (t instanceof Cons) {
      const h = t.head;
      if (canHoldFun(h)) todo.push(h);
      t = t.tail;
    }
    if (t instanceof Fun) {
      if (sourceOf(t) !== null) return true;
      for (const v of t.env) todo.push(v);
    } else if (Array.isArray(t)) {
      for (let i = 0; i < t.length; i++) {
        const v = t[i]!;
        if (canHoldFun(v)) todo.push(v);
      }
    } else if (isMap(t)) {
      for (const [k, v] of (t as unknown as ErlMap).entries()) todo.push(k, v);
    }
  }
  return false;
}

function rewrite(t: Term): Term {
  if (t instanceof Fun) {
    const src = sourceOf(t);
    if (src !== null) return wireFun(t, src);
    if (t.env.length === 0) return t;
    const env = t.env.map(toWire);
    return env.every((v, i) => v === t.env[i]) ? t : new Fun(t.code, env, t.pid);
  }
  if (Array.isArray(t)) {
    let out: Term[] | null = null;
    for (let i = 0; i < t.length; i++) {
      const v = rewrite(t[i]!);
      if (v !== t[i] && out === null) out = t.slice(0, i);
      if (out !== null) out.push(v);
    }
    return out ?? t;
  }
  if (t instanceof Cons) {
    // Iterative over the spine: lists may be long.
    const heads: Term[] = [];
    let l: Term = t;
    let changed = false;
    while (l instanceof Cons) {
      const h = rewrite(l.head);
      if (h !== l.head) changed = true;
      heads.push(h);
      l = l.tail;
    }
    const tail = rewrite(l);
    if (!changed && tail === l) return t;
    let r: Term = tail;
    for (let i = heads.length - 1; i >= 0; i--) r = new Cons(heads[i]!, r);
    return r;
  }
  if (isMap(t)) {
    let changed = false;
    const pairs: [Term, Term][] = [];
    for (const [k, v] of (t as unknown as ErlMap).entries()) {
      const k2 = rewrite(k);
      const v2 = rewrite(v);
      if (k2 !== k || v2 !== v) changed = true;
      pairs.push([k2, v2]);
    }
    return changed ? (ErlMap.fromEntries(pairs) as unknown as Term) : t;
  }
  return t;
}
