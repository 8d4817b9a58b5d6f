// shell.erl's expand_hist: e(N) and v(N) anywhere in a command (not in
// patterns or guards). e(N) becomes command N's expressions; v(N) becomes
// v(K) with K the absolute command number, which is what history keeps.
// When the command runs, each v(K) reads result K: here it becomes a
// variable of the evaluated function, bound to that result.

import type { Expr } from '../../syntax/ast.js';
import type { Term } from '../../terms/types.js';
import { exprText } from './expr_text.js';
import { rewriteTree } from './ast_rewrite.js';

export interface HistoryLookup {
  command(k: number, current: number): Expr[] | undefined;
  result(k: number, current: number): Term | undefined;
}

/** The expanded command, or the text of the command N that is not there. */
export type Expansion = { exprs: Expr[] } | { missing: string };

/** Fields that hold patterns and guards: erl does not expand there. */
const NOT_EXPANDED = new Set(['patterns', 'guards', 'pattern']);

class Missing {
  constructor(readonly text: string) {}
}

export function expandHistory(exprs: Expr[], current: number, history: HistoryLookup): Expansion {
  try {
    return { exprs: exprs.map((e) => walk(e, (c) => expandCall(c, current, history)) as Expr) };
  } catch (e) {
    if (e instanceof Missing) return { missing: e.text };
    throw e;
  }
}

/** Variables standing for v(K) in the compiled command; no Erlang variable can have such a name. */
export function resultVar(k: number): string {
  return `%v${k}`;
}

/** The command with each v(K) replaced by resultVar(K); `used` gets the Ks. */
export function bindResults(exprs: Expr[], used: Set<number>): Expr[] {
  return exprs.map(
    (e) =>
      walk(e, (c) => {
        const k = c.args.length === 1 && isCall(c, 'v') ? literalInt(c.args[0]!) : null;
        if (k === null) return null;
        used.add(k);
        return { kind: 'var', line: c.line, col: c.col, name: resultVar(k) } as Expr;
      }) as Expr,
  );
}

type CallExpr = Expr & { kind: 'call' };

function expandCall(c: CallExpr, current: number, history: HistoryLookup): Expr | null {
  if (c.args.length !== 1 || !(isCall(c, 'e') || isCall(c, 'v'))) return null;
  const arg = c.args[0]!;
  const n = constInt(arg);
  const k = n === null ? null : n < 0 ? current + n : n;
  if (isCall(c, 'e')) {
    const cmd = k === null ? undefined : history.command(k, current);
    if (cmd === undefined) throw new Missing(exprText(arg));
    return cmd.length === 1 ? cmd[0]! : ({ kind: 'block', line: c.line, col: c.col, body: cmd } as Expr);
  }
  if (k === null || history.result(k, current) === undefined) throw new Missing(exprText(arg));
  return { ...c, args: [{ kind: 'integer', line: arg.line, col: arg.col, value: k } as Expr] };
}

function isCall(c: CallExpr, name: string): boolean {
  return c.fn.kind === 'atom' && c.fn.value === name;
}

function literalInt(e: Expr): number | null {
  return e.kind === 'integer' && typeof e.value === 'number' ? e.value : null;
}

/** N as erl_eval:expr evaluates it with no bindings: integer arithmetic on literals. */
function constInt(e: Expr): number | null {
  if (e.kind === 'integer') return typeof e.value === 'number' ? e.value : null;
  if (e.kind === 'unop' && (e.op === '-' || e.op === '+')) {
    const v = constInt(e.operand);
    return v === null ? null : e.op === '-' ? -v : v;
  }
  if (e.kind === 'op' && ['+', '-', '*'].includes(e.op)) {
    const a = constInt(e.left);
    const b = constInt(e.right);
    if (a === null || b === null) return null;
    return e.op === '+' ? a + b : e.op === '-' ? a - b : a * b;
  }
  return null;
}

/** Rebuilds the expression where `visit` replaces a call (null: keep it and look inside). */
function walk(node: unknown, visit: (c: CallExpr) => Expr | null): unknown {
  return rewriteTree(node, (n) => ((n as { kind?: unknown }).kind === 'call' ? (visit(n as CallExpr) ?? undefined) : undefined), NOT_EXPANDED);
}
