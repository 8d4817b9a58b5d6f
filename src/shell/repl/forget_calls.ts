// f() and f(X) inside a command, which the shell runs as its own local
// functions.

import type { Expr } from '../../syntax/ast.js';
import { rewriteTree } from './ast_rewrite.js';

export type Forget = { all: true } | { name: string };

/**
 * f() and f(X) inside a command (`X = 1, f().`, or `1 == f().` when a
 * recovery line ends an unfinished command): shell.erl runs them as local
 * functions of the shell wherever they are, with the value ok. Only one in
 * the command's own sequence changes the bindings the command leaves (inside
 * an expression, erl_eval keeps the bindings it had). (Alone, they are
 * commands of localCommand.) Each becomes the atom ok; forgetting is after.
 */
export function forgetCalls(exprs: Expr[]): { exprs: Expr[]; forget: Forget[] } {
  const forget: Forget[] = [];
  const topLevel = new Set<object>(exprs);
  const out = rewriteTree(exprs, (node) => {
    const e = node as Expr;
    if (e.kind !== 'call' || e.fn.kind !== 'atom' || e.fn.value !== 'f') return undefined;
    const arg = e.args[0];
    const what: Forget | null = e.args.length === 0 ? { all: true } : e.args.length === 1 && arg!.kind === 'var' ? { name: arg.name } : null;
    if (what === null) return undefined;
    if (topLevel.has(e)) forget.push(what);
    return { kind: 'atom', line: e.line, col: e.col, value: 'ok' } as Expr;
  }) as Expr[];
  return { exprs: out, forget };
}
