// history/1 and results/1 typed at the shell. shell.erl takes them as
// commands of its own only with an integer literal as argument (it looks at
// the expression, not at its value); with anything else they fail as
// function_clause with the stack [{shell, Name, 1}] before the argument is
// evaluated. A literal call goes on to shell_default, like other local calls.

import type { Expr } from '../../syntax/ast.js';
import { rewriteTree } from './ast_rewrite.js';

const COMMANDS = new Set(['history', 'results']);

/** The expressions with each non-literal history/results call replaced by the raise shell.erl does. */
export function rewriteShellCommands(exprs: Expr[]): Expr[] {
  return exprs.map((e) => rewrite(e) as Expr);
}

function rewrite(node: unknown): unknown {
  return rewriteTree(node, (n) => (isBadCommand(n) ? raiseFunctionClause(n as Expr & { fn: { value: string } }) : undefined));
}

function isBadCommand(n: { kind?: unknown }): boolean {
  if (n.kind !== 'call') return false;
  const c = n as Expr & { kind: 'call' };
  return c.fn.kind === 'atom' && COMMANDS.has(c.fn.value) && c.args.length === 1 && c.args[0]!.kind !== 'integer';
}

/** erlang:raise(error, function_clause, [{shell, Name, 1}]) at the call's position. */
function raiseFunctionClause(call: Expr & { fn: { value: string } }): Expr {
  const at = { line: call.line, col: call.col };
  const atom = (value: string): Expr => ({ kind: 'atom', ...at, value }) as Expr;
  const frame = { kind: 'tuple', ...at, elements: [atom('shell'), atom(call.fn.value), { kind: 'integer', ...at, value: 1 }] } as Expr;
  return {
    kind: 'call',
    ...at,
    fn: { kind: 'remote', ...at, module: atom('erlang'), name: atom('raise') },
    args: [atom('error'), atom('function_clause'), { kind: 'cons', ...at, head: frame, tail: { kind: 'nil', ...at } }],
  } as Expr;
}
