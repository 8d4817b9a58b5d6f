// The shell's command history (shell.erl's h/0, e/1, v/1): commands and
// their results by prompt number. A failed command's result is
// {'EXIT', Reason}, as erl keeps it. How many are kept is a node-wide
// setting (stdlib's shell_history_length and shell_saved_results), changed
// by history/1 and results/1.

import type { Expr } from '../../syntax/ast.js';
import { A, Atom, type Term } from '../../terms/types.js';
import { ErlException } from '../../terms/exception.js';
import type { NativeFn } from '../../vm/native.js';
import type { VM } from '../../vm/vm.js';
import { exprsText } from './expr_text.js';

declare module '../../vm/extensions.js' {
  interface VmExtensions {
    /** history(N) / results(N), shared by the node's shells. */
    shellHistoryLimits?: HistoryLimits;
  }
}

/** How many commands and results to keep. */
export interface HistoryLimits {
  history: number;
  results: number;
}

/** stdlib's defaults for both. */
const DEFAULT = 20;

export class ShellHistory {
  private readonly commands = new Map<number, Expr[]>();
  private readonly results = new Map<number, Term>();
  /** The limits in force after the previous command (erl's History0, Results0). */
  private previous: HistoryLimits;

  constructor(limits: HistoryLimits) {
    this.previous = kept(limits);
  }

  /**
   * Command n and its result, then forget what falls out of the limits,
   * as shell.erl's server loop does: the entries from n - Limit down to
   * n - PreviousLimit (a lowered limit drops several at once, a limit of 0
   * the command just added).
   */
  add(n: number, exprs: Expr[] | null, result: Term, settings: HistoryLimits): void {
    if (exprs !== null) this.commands.set(n, exprs);
    this.results.set(n, result);
    const now = kept(settings);
    for (let k = n - now.history; k >= n - this.previous.history; k--) this.commands.delete(k);
    for (let k = n - now.results; k >= n - this.previous.results; k--) this.results.delete(k);
    this.previous = now;
  }

  /** N > 0 is command N, N <= 0 counts back from the current prompt `current`. */
  command(k: number, current: number): Expr[] | undefined {
    return this.commands.get(k > 0 ? k : current + k);
  }

  result(k: number, current: number): Term | undefined {
    return this.results.get(k > 0 ? k : current + k);
  }

  /** h(): each command as erl_pp:exprs/3 prints it after "N: ", and `-> ` with its result (printed by `pp` at column 4). */
  listing(pp: (t: Term) => string): string {
    let out = '';
    for (const n of [...this.commands.keys()].sort((a, b) => a - b)) {
      const label = `${n}: `;
      out += `${label}${exprsText(this.commands.get(n)!, label.length)}\n`;
      const v = this.results.get(n);
      if (v !== undefined) out += `-> ${pp(v)}\n`;
    }
    return out;
  }
}

/** No more results than commands are kept (shell.erl's get_history_and_results/0). */
function kept(l: HistoryLimits): HistoryLimits {
  return { history: l.history, results: Math.min(l.results, l.history) };
}

/** The node's limits; shell:history/1 and shell:results/1 (natives registered here) change them. */
export function historyLimits(vm: VM): HistoryLimits {
  const known = vm.ext.shellHistoryLimits;
  if (known !== undefined) return known;
  const limits: HistoryLimits = { history: DEFAULT, results: DEFAULT };
  vm.ext.shellHistoryLimits = limits;
  // shell.erl's lines of history/1 and results/1, for the function_clause report.
  const lines = { history: 1511, results: 1517 };
  const setter =
    (key: keyof HistoryLimits) =>
    (_p: unknown, n: Term): Term => {
      if (typeof n !== 'number' || !Number.isInteger(n) || n < 0) {
        throw new ErlException('error', A.function_clause, { module: 'shell', function: key, args: [n], line: lines[key] });
      }
      const old = limits[key];
      limits[key] = n;
      return old;
    };
  vm.code.registerNatives({
    name: 'shell',
    functions: { 'history/1': setter('history') as unknown as NativeFn, 'results/1': setter('results') as unknown as NativeFn },
  });
  return limits;
}

export { Atom };
