// Funs typed in a real erl shell arrive as erl_eval closures (§8.11 of the
// distribution notes): module erl_eval, one of its arity-specific lambdas,
// and one free variable Info = {Anno, Bindings, Lf, Ef, FUVs, Clauses}
// (plus the name for named funs). erlts runs them by compiling the clauses
// with the bindings, as its own shell would, the first time one is called.
// The decoded fun keeps its wire identity, so it travels back unchanged.

import { Atom, Fun, isMap, type FunCode, type Term } from '../terms/types.js';
import { ErlException } from '../terms/exception.js';
import type { ErlMap } from '../terms/map.js';
import type { FunWireIdentity } from '../terms/etf/index.js';
import { compileShellExprs } from '../compiler/compile_module.js';
import { lintExprs } from '../compiler/lint/shell.js';
import type * as ast from '../syntax/ast.js';
import type { CompiledFn } from '../vm/frames.js';
import type { Process } from '../vm/process.js';
import type { VM } from '../vm/vm.js';
import { BadAbstractCode, clauseOf, items } from '../syntax/abstract_code.js';

const ERL_EVAL = Atom.of('erl_eval');

type Runtime = { callFun: (p: Process, f: Term, a: Term[]) => Term };

/** The compiled closure behind one Info term. */
const compiled = new WeakMap<object, Fun>();

/** FunCode for an erl_eval fun from a peer; null for any other module. */
export function erlEvalFunCode(vm: VM, module: Atom, index: number, uniq: number, arity: number, md5: Uint8Array, oldIndex: number): FunCode | null {
  if (module !== ERL_EVAL) return null;
  const fn = (p: Process, ...rest: unknown[]): Term => {
    const fun = rest[rest.length - 1] as Fun;
    const args = rest.slice(0, -1) as Term[];
    const inner = closureOf(vm, p, fun);
    return (vm.rt as Runtime).callFun(p, inner, args);
  };
  const code: FunCode & FunWireIdentity = { module, name: '-expr/6-fun-', arity, index, uniq, fn, md5, oldIndex };
  return code;
}

function closureOf(vm: VM, p: Process, fun: Fun): Fun {
  const info = fun.env[0];
  if (!Array.isArray(info) || (info.length !== 6 && info.length !== 7)) throw badfun(fun);
  const cached = compiled.get(info);
  if (cached !== undefined) return cached;
  let clauses: ast.Clause[];
  try {
    clauses = items(info[5]!).map(clauseOf);
  } catch (e) {
    if (e instanceof BadAbstractCode) throw badfun(fun);
    throw e;
  }
  if (clauses.length === 0) throw badfun(fun);
  const bindings = bindingsOf(info[1]!);
  const where = { line: clauses[0]!.line, col: clauses[0]!.col };
  const name = info.length === 7 && info[6] instanceof Atom ? info[6].name : null;
  const expr: ast.Expr = name !== null ? { kind: 'named_fun', ...where, name, clauses } : { kind: 'fun', ...where, clauses };
  const names = bindings.map(([n]) => n);
  // Code from the wire is checked as the shell checks what is typed.
  if (lintExprs([expr], names).error !== null) throw badfun(fun);
  let f0: CompiledFn;
  try {
    const unit = compileShellExprs([expr], names, { module: 'erl_eval', localFallback: 'shell_default' });
    f0 = vm.code.instantiate(unit).fns[0] as CompiledFn;
  } catch {
    throw badfun(fun);
  }
  // Building a closure makes no calls: give it room so it cannot suspend at
  // entry, and take the room back (reductions bound the JS stack, slice_budget.ts).
  p.reds += 1000;
  let result: Term[];
  try {
    result = f0(p, ...bindings.map(([, v]) => v)) as Term[];
  } finally {
    p.reds -= 1000;
  }
  const made = result[0];
  if (!(made instanceof Fun)) throw badfun(fun);
  compiled.set(info, made);
  return made;
}

/** erl_eval bindings: an orddict [{Name, Value}] or a map. */
function bindingsOf(t: Term): [string, Term][] {
  const out: [string, Term][] = [];
  if (isMap(t)) {
    for (const [k, v] of (t as unknown as ErlMap).entries()) if (k instanceof Atom) out.push([k.name, v]);
    return out;
  }
  for (const b of items(t)) {
    if (Array.isArray(b) && b.length === 2 && b[0] instanceof Atom) out.push([b[0].name, b[1]!]);
  }
  return out;
}

function badfun(f: Fun): ErlException {
  return new ErlException('error', [Atom.of('badfun'), f]);
}
