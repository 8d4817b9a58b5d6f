// erlts_eval: what lib/erlang/erl_eval.erl needs from the host. erl_eval
// interprets abstract code in OTP; erlts compiles it instead, as its shell
// compiles what is typed: compile/2 turns abstract expressions and the
// names of the bound variables into a fun of the local-function handler and
// the bound values, which returns {Value, Var1, ...} with every variable
// bound afterwards (the names come back with the fun). Local calls become
// calls of the handler, as erl_eval sends them to its LocalFunctionHandler.

import { A, Atom, Fun, list, listToArray, type FunCode, type Term } from '../terms/types.js';
import { ErlException } from '../terms/exception.js';
import type * as ast from '../syntax/ast.js';
import { BadAbstractCode, exprOf } from '../syntax/abstract_code.js';
import { isAutoImported } from '../compiler/autoimport.js';
import { compileShellExprs } from '../compiler/compile_module.js';
import { lintExprs } from '../compiler/lint/shell.js';
import type { CompiledFn } from '../vm/frames.js';
import type { Process } from '../vm/process.js';
import type { NativeFn, NativeModule } from '../vm/native.js';
import type { VM } from '../vm/vm.js';

/** The variable the local-function handler is bound to (no Erlang variable can be named so). */
const LF = '$erlts_lf';
const ERL_EVAL = Atom.of('erl_eval');

function fail(reason: Term): never {
  throw new ErlException('error', reason);
}

/** Local calls f(A...) of non-BIFs become '$erlts_lf'(f, [A...]), anywhere in the tree. */
function routeLocalCalls<T>(node: T): T {
  if (Array.isArray(node)) return node.map(routeLocalCalls) as T;
  if (node === null || typeof node !== 'object') return node;
  const n = node as unknown as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(n)) out[k] = routeLocalCalls(v);
  if (out.kind === 'call') {
    const call = out as unknown as ast.Call;
    if (call.fn.kind === 'atom' && !isAutoImported(call.fn.value, call.args.length)) {
      const where = { line: call.line, col: call.col };
      let args: ast.Expr = { kind: 'nil', ...where };
      for (let i = call.args.length - 1; i >= 0; i--) args = { kind: 'cons', ...where, head: call.args[i]!, tail: args };
      return { ...call, fn: { kind: 'var', ...where, name: LF }, args: [call.fn, args] } as T;
    }
  }
  return out as T;
}

function compile(p: Process, exprsTerm: Term, namesTerm: Term): Term {
  const vm = p.vm as VM;
  let exprs: ast.Expr[];
  try {
    exprs = (listToArray(exprsTerm) ?? fail(A.badarg)).map(exprOf);
  } catch (e) {
    if (e instanceof BadAbstractCode) fail([Atom.of('illegal_expr'), exprsTerm]);
    throw e;
  }
  const names = (listToArray(namesTerm) ?? []).map((n) => (n instanceof Atom ? n.name : fail(A.badarg)));
  const routed = exprs.map(routeLocalCalls);
  const bound = [LF, ...names];
  const lint = lintExprs(routed, bound);
  if (lint.error !== null) {
    const unbound = /^variable '(.*)' is unbound$/.exec(lint.error.message);
    if (unbound !== null) fail([Atom.of('unbound_var'), Atom.of(unbound[1]!)]);
    fail([Atom.of('illegal_expr'), list([...lint.error.message].map((c) => c.codePointAt(0)!))]);
  }
  const unit = compileShellExprs(routed, bound, { module: 'erl_eval', localFallback: 'erl_eval' });
  const f0 = vm.code.instantiate(unit).fns[0] as CompiledFn;
  const code: FunCode = {
    module: ERL_EVAL,
    name: 'expr',
    arity: bound.length,
    index: 0,
    uniq: 0,
    fn: (q: unknown, ...args: unknown[]) => f0(q as Process, ...(args.slice(0, -1) as Term[])),
  };
  return [new Fun(code, [], p.pid), list(unit.resultVars.map((n) => Atom.of(n)))];
}

const f: Record<string, NativeFn> = {
  'compile/2': (p, exprs, names) => compile(p as Process, exprs, names),
};

export const erltsEvalNatives: NativeModule = { name: 'erlts_eval', functions: f };
