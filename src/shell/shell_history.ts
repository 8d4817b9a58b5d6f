// The shell's command history (shell.erl's h/0, e/1, v/1): the last 20
// commands and their results, by prompt number. A failed command's result
// is {'EXIT', Reason}, as erl keeps it.

import type { Expr } from '../syntax/ast.js';
import type { Term } from '../terms/types.js';
import { exprText } from './expr_text.js';

/** stdlib's shell_history_length and shell_saved_results defaults. */
const KEEP = 20;

export class ShellHistory {
  private readonly commands = new Map<number, Expr[]>();
  private readonly results = new Map<number, Term>();

  addCommand(n: number, exprs: Expr[]): void {
    this.commands.set(n, exprs);
    this.commands.delete(n - KEEP);
  }

  addResult(n: number, value: Term): void {
    this.results.set(n, value);
    this.results.delete(n - KEEP);
  }

  /** N > 0 is command N, N <= 0 counts back from the current prompt `current`. */
  command(k: number, current: number): Expr[] | undefined {
    return this.commands.get(k > 0 ? k : current + k);
  }

  result(k: number, current: number): Term | undefined {
    return this.results.get(k > 0 ? k : current + k);
  }

  /** h(): each command as erl_pp prints it, and `-> ` with its result (printed by `pp` at column 4). */
  listing(pp: (t: Term) => string): string {
    let out = '';
    for (const n of [...this.commands.keys()].sort((a, b) => a - b)) {
      out += `${n}: ${this.commands.get(n)!.map(exprText).join(', ')}\n`;
      const v = this.results.get(n);
      if (v !== undefined) out += `-> ${pp(v)}\n`;
    }
    return out;
  }
}
