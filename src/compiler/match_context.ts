// A loop over a binary (`f(<<B, Rest/binary>>, Acc) -> f(Rest, ...)`)
// makes a sub-binary for the rest at every step. BEAM keeps one match
// context instead; here the loop keeps one sub-binary of its own and moves
// it on in place (rt.restInto), which is safe when nothing but the loop can
// ever see that object: the rest variable is used only as the same
// argument of self tail calls, and no clause names the argument itself.
// The compiled loop forgets its object before it can be suspended (see
// FnCompiler.selfLoop), so a frame on the heap or a trace never holds one
// that is changed afterwards.

import type * as ast from '../syntax/ast.js';
import { walkVars } from './patterns.js';

/**
 * The parameter a function's clauses walk that way, or -1: every clause
 * matches it with a binary pattern, and each clause's rest variable (a
 * last segment `Rest/binary` or `Rest/bits` of no size) occurs only as
 * that argument of the function's own calls in tail position.
 */
export function loopedBinaryParam(clauses: readonly ast.Clause[], name: string, arity: number): number {
  for (let i = 0; i < arity; i++) {
    let rests = 0;
    let ok = true;
    for (const cl of clauses) {
      const pat = cl.patterns[i];
      if (pat === undefined || pat.kind !== 'bin') {
        ok = false;
        break;
      }
      const rest = restVar(pat);
      if (rest === null) continue;
      if (!onlyLoopsOn(cl, rest, i, name, arity)) {
        ok = false;
        break;
      }
      rests++;
    }
    if (ok && rests > 0) return i;
  }
  return -1;
}

/** The name of the variable a binary pattern's last segment binds to the rest, or null. */
export function restVar(pat: ast.BinE): string | null {
  const last = pat.elements[pat.elements.length - 1];
  if (last === undefined || last.size !== 'default' || last.value.kind !== 'var' || last.value.name === '_') return null;
  const t = last.types;
  if (t === 'default' || !t.some((x) => x === 'binary' || x === 'bits' || x === 'bitstring' || x === 'bytes')) return null;
  return last.value.name;
}

function onlyLoopsOn(cl: ast.Clause, rest: string, i: number, name: string, arity: number): boolean {
  let inHead = 0;
  walkVars(cl.patterns, (v) => {
    if (v === rest) inHead++;
  });
  let inGuards = 0;
  walkVars(cl.guards, (v) => {
    if (v === rest) inGuards++;
  });
  let inBody = 0;
  walkVars(cl.body, (v) => {
    if (v === rest) inBody++;
  });
  if (inHead !== 1 || inGuards !== 0) return false;
  const calls: ast.Call[] = [];
  tailCalls(cl.body, name, arity, calls);
  const loops = calls.filter((c) => {
    const a = c.args[i];
    return a !== undefined && a.kind === 'var' && a.name === rest;
  }).length;
  return loops === inBody;
}

/** The calls of name/arity in tail position of a body. */
function tailCalls(body: readonly ast.Expr[], name: string, arity: number, out: ast.Call[]): void {
  const e = body[body.length - 1];
  if (e === undefined) return;
  switch (e.kind) {
    case 'call':
      if (e.fn.kind === 'atom' && e.fn.value === name && e.args.length === arity) out.push(e);
      return;
    case 'block':
      tailCalls(e.body, name, arity, out);
      return;
    case 'case':
    case 'if':
      for (const c of e.clauses) tailCalls(c.body, name, arity, out);
      return;
    case 'receive':
      for (const c of e.clauses) tailCalls(c.body, name, arity, out);
      if (e.after !== undefined) tailCalls(e.after.body, name, arity, out);
      return;
    default:
      return;
  }
}
