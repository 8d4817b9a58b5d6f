// A shell command nested deeper than the main thread's stack allows
// (`L = [X,[X,[X,...]]]` thousands deep): the deep-stack worker parses,
// checks and compiles it (compiler/deep_stack), running the shell's own
// steps that need no shell state. What needs the shell itself is left out
// of such a command: e(N), rd/2 inside a sequence, and the shell's local
// commands (which take no nested arguments) are compiled as plain calls.

import type { Token } from '../../syntax/token.js';
import { parseExprs } from '../../syntax/index.js';
import { isSyntaxError } from '../../syntax/parse_error.js';
import { lintExprs, formatShellError } from '../../compiler/lint/shell.js';
import { expandRecordsInExprs, type RecordInfo } from '../../compiler/records.js';
import { compileShellExprs, type CompiledUnit } from '../../compiler/compile_module.js';
import { CompileError } from '../../compiler/codegen.js';
import { msTransformExprs } from '../../compiler/ms_transform.js';
import type { Term } from '../../terms/types.js';
import { forgetCalls, type Forget } from './forget_calls.js';
import { rewriteShellCommands } from './local_calls.js';
import { bindResults, resultVar } from './command_history_expand.js';
import { lintErrorTerm } from './lint_error_term.js';

export interface DeepCommandInput {
  tokens: Token[];
  /** The names bound in the shell, in the order their values are passed. */
  bound: string[];
  records: Map<string, RecordInfo>;
  /** 'eval': an -eval argument, compiled as one sequence with nothing bound. */
  mode: 'shell' | 'eval';
}

export type DeepCommand =
  /** A syntax error, or an error the compiler found: the text the shell prints. */
  | { kind: 'text'; text: string }
  | { kind: 'lint'; text: string; term: Term }
  | {
      kind: 'unit';
      unit: CompiledUnit & { resultVars: string[] };
      /** The v(K) results the unit takes after the bound variables, in order. */
      results: number[];
      forget: Forget[];
      print: boolean;
    };

/**
 * Nesting past which a command is not compiled at all: its code would pass
 * the engine's limits on one function (65,535 arguments to a call) about
 * there, after long work. erl takes minutes or hangs there too.
 */
const MAX_NESTING = 25_000;

const OPENERS = new Set(['(', '[', '{', '<<', 'begin', 'case', 'if', 'receive', 'try', 'maybe']);
const CLOSERS = new Set([')', ']', '}', '>>', 'end']);

/** How deeply the brackets and blocks of `tokens` nest (a fun's clauses count as a block when `fun` opens one). */
export function nestingDepth(tokens: readonly Token[]): number {
  let depth = 0;
  let max = 0;
  for (let i = 0; i < tokens.length; i++) {
    const k = tokens[i]!.kind;
    if (OPENERS.has(k) || (k === 'fun' && tokens[i + 1]?.kind === '(')) max = Math.max(max, ++depth);
    else if (CLOSERS.has(k)) depth--;
  }
  return max;
}

/** The worker's job: the steps of Shell.evaluate that need no shell state. */
export function deepCommandJob(input: unknown): DeepCommand {
  const { tokens, bound, records, mode } = input as DeepCommandInput;
  if (nestingDepth(tokens) > MAX_NESTING) throw new RangeError('Maximum call stack size exceeded');
  const parsed = parseExprs(tokens);
  if (isSyntaxError(parsed)) {
    const at = `${parsed.line}:${parsed.col}: ${parsed.message}`;
    return { kind: 'text', text: mode === 'eval' ? at : `* ${at}\n` };
  }
  if (mode === 'eval') {
    try {
      return {
        kind: 'unit',
        unit: compileShellExprs(parsed, [], { module: 'erl_eval', localFallback: 'shell_default', name: 'eval' }),
        results: [],
        forget: [],
        print: false,
      };
    } catch (e) {
      if (e instanceof CompileError) return { kind: 'text', text: `${e.line}:${e.col}: ${e.message}` };
      throw e;
    }
  }
  let exprs = msTransformExprs(parsed, records);
  const forgotten = forgetCalls(exprs);
  exprs = forgotten.exprs;
  const lint = lintExprs(exprs, bound, records);
  if (lint.error !== null) return { kind: 'lint', text: formatShellError(lint.error) + '\n', term: lintErrorTerm(lint.error.message) };
  let print = false;
  const single = exprs.length === 1 ? exprs[0]! : null;
  if (single !== null && single.kind === 'call' && single.fn.kind === 'atom' && single.fn.value === 'rp' && single.args.length === 1) {
    exprs = [single.args[0]!];
    print = true;
  }
  const results = new Set<number>();
  try {
    const expanded = expandRecordsInExprs(bindResults(rewriteShellCommands(exprs), results), records);
    const names = [...bound, ...[...results].map(resultVar)];
    const unit = compileShellExprs(expanded, names, { module: 'erl_eval', localFallback: 'shell_default' });
    return { kind: 'unit', unit, results: [...results], forget: forgotten.forget, print };
  } catch (e) {
    if (e instanceof CompileError) return { kind: 'text', text: `* ${e.line}:${e.col}: ${e.message}\n` };
    throw e;
  }
}
